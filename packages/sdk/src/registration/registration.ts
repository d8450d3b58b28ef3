import type { CancellationReceipt, ErasureReceipt, Registration, RegistrationInput, RegistrationReceipt } from "@kfd/domain";
import type { ClientOptions, RequestOptions } from "../options.js";
import { request, segment } from "../request.js";

/**
 * Registers for an event. Answers `confirmed` or `waitlisted` (with the position) and the
 * cancel token — shown only this once. Refusals arrive as `KfdError` with `code`
 * `event_full`, `registration_not_open`, `registration_closed`, `event_cancelled`,
 * `duplicate_registration` or `validation_failed`.
 */
export function register(options: ClientOptions, eventId: string, input: RegistrationInput, call?: RequestOptions): Promise<RegistrationReceipt> {
  return request(options, `/v1/events/${segment(eventId)}/registrations`, { ...call, method: "POST", body: input });
}

/** Cancels with the token from the receipt; the first person on the waitlist moves up. */
export function cancelRegistration(options: ClientOptions, cancelToken: string, call?: RequestOptions): Promise<CancellationReceipt> {
  return request(options, `/v1/registrations/${segment(cancelToken)}`, { ...call, method: "DELETE" });
}

/** Admin: every registration of the event, oldest first. */
export function listRegistrations(options: ClientOptions, eventId: string, call?: RequestOptions): Promise<Registration[]> {
  return request(options, `/v1/events/${segment(eventId)}/registrations`, call);
}

export interface CsvOptions extends RequestOptions {
  /** Semicolons (default) suit a German spreadsheet; commas suit most others. */
  separator?: "semicolon" | "comma";
}

/** Admin: the same list as CSV text (UTF-8 with BOM, header row) for a spreadsheet or the sign-in sheet. */
export function exportRegistrationsCsv(options: ClientOptions, eventId: string, { separator, ...call }: CsvOptions = {}): Promise<string> {
  return request(options, `/v1/events/${segment(eventId)}/registrations`, { ...call, accept: "text/csv", query: { format: "csv", separator } });
}

/** Admin: marks whether the person came. */
export function setAttendance(options: ClientOptions, registrationId: string, attended: boolean, call?: RequestOptions): Promise<Registration> {
  return request(options, `/v1/registrations/${segment(registrationId)}/attendance`, { ...call, method: "POST", body: { attended } });
}

/**
 * Admin: erases one registration's personal data for a person who asks by phone or letter
 * (Art. 17 DSGVO). A live registration is cancelled first, so its seat goes to the waitlist
 * (`promoted` counts who moved up); name, e-mail, free texts and the mails to the person go,
 * the anonymous counts stay. Cannot be undone. Takes the registration's id, not the cancel token.
 */
export function eraseRegistration(options: ClientOptions, registrationId: string, call?: RequestOptions): Promise<ErasureReceipt> {
  return request(options, `/v1/registrations/${segment(registrationId)}/erase`, { ...call, method: "POST" });
}
