import type { RegistrationReceipt } from "@kfd/domain";

/**
 * Detail of every `kfd-*` event a widget dispatches. Widgets add their own events by
 * declaration merging:
 *
 * ```ts
 * declare module "../base/events.js" {
 *   interface KfdEventDetails { "kfd-card-loaded": { dialogue: string } }
 * }
 * ```
 */
export interface KfdEventDetails {
  /** A registration was accepted: on the list or on the waitlist. */
  "kfd-registered": { status: RegistrationReceipt["status"]; waitlistPosition: number | null };
  /** The registrant cancelled their registration from the widget. */
  "kfd-registration-cancelled": { status: "cancelled" };
  /**
   * A widget has loaded its data and shows it: the Steckbrief card names its dialogue (slug) and
   * title, the statistics the time their figures were taken and the number of dialogues.
   * Declared here because one event name cannot take two types by declaration merging.
   */
  "kfd-loaded": { dialogue: string; title: string } | { generatedAt: string; dialogues: number };
  /** Loading or sending failed; `code` is the API's problem code or `network_error`. */
  "kfd-error": { code: string; status: number };
}

export type KfdEventName = keyof KfdEventDetails;

export type KfdEvents = { [K in KfdEventName]: CustomEvent<KfdEventDetails[K]> };

declare global {
  // Typed `addEventListener("kfd-registered", e => e.detail.status)` for embedders.
  interface HTMLElementEventMap extends KfdEvents {}
}

/** Dispatches a `kfd-*` event that bubbles and crosses shadow roots, so a host page can listen on `document`. */
export function emit<K extends KfdEventName>(target: EventTarget, name: K, detail: KfdEventDetails[K]): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
