import { LitElement, type CSSResultGroup, type PropertyValues } from "lit";
import { property } from "lit/decorators.js";
import { directionOf, resolveLocale, type Locale } from "@kfd/domain";
import { emit, type KfdEventDetails, type KfdEventName } from "./events.js";
import { inheritedLanguage } from "./language.js";
import { followPageLanguage } from "./language-observer.js";
import { inLocale, loadLocale } from "./localize.js";
import { baseStyles } from "./styles.js";

/**
 * Base of every kfd widget: language and direction, per-element translations, typed
 * `kfd-*` events and the shared look.
 *
 * Subclasses render their content inside `<div class="root" part="base" lang=${this.locale}>`
 * so that text carries the language actually shown even when the page says otherwise.
 *
 * @cssproperty --kfd-font-family - Font stack of the widget.
 * @cssproperty --kfd-font-size - Base font size (px; never relative to the page's `rem`). Default 16px.
 * @cssproperty --kfd-line-height - Default 1.5.
 * @cssproperty --kfd-color-text - Text colour.
 * @cssproperty --kfd-color-muted - Secondary text colour.
 * @cssproperty --kfd-color-surface - Background.
 * @cssproperty --kfd-color-surface-alt - Background of highlighted areas.
 * @cssproperty --kfd-color-border - Borders of boxes and fields (≥ 3:1 against the surface).
 * @cssproperty --kfd-color-primary - Buttons and links.
 * @cssproperty --kfd-color-on-primary - Text on primary buttons.
 * @cssproperty --kfd-color-focus - Focus ring.
 * @cssproperty --kfd-color-danger - Errors.
 * @cssproperty --kfd-color-success - Success messages.
 * @cssproperty --kfd-color-warning - Warnings (waitlist, closed).
 * @cssproperty --kfd-radius - Corner radius. Default 6px.
 * @cssproperty --kfd-space-s - Small gap. Default 8px.
 * @cssproperty --kfd-space-m - Medium gap. Default 16px.
 * @cssproperty --kfd-max-inline-size - Widest the widget grows. Default 40em.
 */
export class KfdElement extends LitElement {
  static override styles: CSSResultGroup = [baseStyles];

  /** Language of the widget (BCP 47). Without it the widget follows the nearest `lang` of the page. */
  @property() override lang!: string;

  /** Text direction, derived from the language; reflected so host-page CSS can follow it. */
  @property({ reflect: true }) override dir: "ltr" | "rtl" = "ltr";

  /** The supported locale the widget speaks ("ar-SY" → "ar", unknown → "de"). */
  protected locale: Locale = "de";

  private stopFollowing: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopFollowing = followPageLanguage(this);
    // The page's language may have changed while we were detached.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopFollowing?.();
    this.stopFollowing = undefined;
  }

  /** @internal Called when a `lang` on the page changes; only a widget without its own follows. */
  onLanguageChange(): void {
    if (!this.lang && resolveLocale(inheritedLanguage(this)) !== this.locale) this.requestUpdate();
  }

  /** Waits for the language's translations before rendering, so nobody sees German flash by first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.syncLanguage();
    const pending = loadLocale(this.locale);
    return pending ? pending.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues): void {
    inLocale(this.locale, () => super.update(changed));
  }

  /** Dispatches a typed, bubbling, composed `kfd-*` event. */
  protected emit<K extends KfdEventName>(name: K, detail: KfdEventDetails[K]): boolean {
    return emit(this, name, detail);
  }

  private syncLanguage(): void {
    const tag = this.lang || (this.isConnected ? inheritedLanguage(this) : "");
    this.locale = resolveLocale(tag);
    this.dir = directionOf(this.locale);
  }
}
