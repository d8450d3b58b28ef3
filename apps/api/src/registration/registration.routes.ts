import { cancelRegistration, findEventIdByCancelToken, findRegistration, listRegistrations, register, setAttended } from "@kfd/db";
import {
  attendanceInputSchema,
  cancellationReceiptSchema,
  registrationInputSchema,
  registrationReceiptSchema,
  registrationSchema,
  type CancellationReceipt,
  type RegistrationReceipt,
} from "@kfd/domain";
import * as z from "zod/mini";
import { principalOf } from "../auth/principal-of.js";
import { dialogueChanged } from "../dialogue/managed-dialogue.js";
import { managedEvent } from "../event/managed-event.js";
import { registrationListSchema } from "../openapi/schema-catalogue.js";
import { conflict, invalidInput, notFound } from "../problem/problem-exception.js";
import type { AppServices } from "../services.js";
import { registrationGate, registrationPreflight, type GateDeps } from "./registration-gate.js";
import { CSV_SEPARATORS, registrationsCsv, type CsvSeparator } from "./registrations-csv.js";

const REFUSALS = {
  cancelled: ["event_cancelled", "Event cancelled", "This event has been cancelled; registrations are closed."],
  "not-open": ["registration_not_open", "Registration not open yet", "Registration for this event has not opened yet."],
  closed: ["registration_closed", "Registration closed", "Registration for this event has closed."],
  full: ["event_full", "Event full", "All seats are taken and this event has no waitlist."],
} as const;

/** Cancel tokens are 32 random bytes in base64url; anything else cannot be one. */
const CANCEL_TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

const registrationListQuery = z.object({
  format: z.optional(z.enum(["json", "csv"])),
  separator: z.optional(z.enum(Object.keys(CSV_SEPARATORS) as [CsvSeparator, ...CsvSeparator[]])),
});

export function registerRegistrationRoutes(s: AppServices, gate: Omit<GateDeps, "municipalityOf">): void {
  const eventMunicipality: GateDeps = {
    ...gate,
    municipalityOf: async (c) => (await s.eventContexts.get(c.req.param("id") ?? ""))?.municipalityAgs,
  };
  // The cancel button sits in the same embedded form as the registration, so the same
  // municipality's embed origins apply; an unknown token falls back to the API's own origins.
  const tokenMunicipality: GateDeps = {
    ...gate,
    municipalityOf: async (c) => {
      const token = c.req.param("cancelToken") ?? "";
      const eventId = CANCEL_TOKEN.test(token) ? await findEventIdByCancelToken(s.db, token) : undefined;
      return eventId === undefined ? undefined : (await s.eventContexts.get(eventId))?.municipalityAgs;
    },
  };

  s.app.post("/v1/events/:id/registrations", registrationGate(eventMunicipality, { rateLimited: true }));
  s.app.options("/v1/events/:id/registrations", registrationPreflight(eventMunicipality, "POST"));
  s.app.delete("/v1/registrations/:cancelToken", registrationGate(tokenMunicipality, { rateLimited: false }));
  s.app.options("/v1/registrations/:cancelToken", registrationPreflight(tokenMunicipality, "DELETE"));

  s.routes.add(
    {
      method: "post",
      path: "/v1/events/{id}/registrations",
      operationId: "register",
      tag: "Registrations",
      summary: "Register for an event",
      description: [
        "Only name, email and consent: true are required. The answer carries the cancel token, shown only this once.",
        "Refusals are 409 with a stable code: event_full (no seat, no waitlist), registration_not_open, registration_closed, event_cancelled, duplicate_registration (this e-mail already holds a registration for the event).",
        "A filled honeypot field `website` is refused with 400 (nothing is stored; a 201 would promise a registration that does not exist).",
        `At most ${s.config.rateLimitPerMinute || "unlimited"} registrations per minute per client address and server process (429 rate_limited with Retry-After).`,
        "Cross-origin only from the API's own origin, the municipality's embed origins and KFD_EMBED_ORIGINS (403 otherwise).",
      ].join("\n\n"),
      access: "public",
      params: { id: "The event's id." },
      body: registrationInputSchema,
      responses: { 201: { description: "Registered: confirmed, or on the waitlist at the given position.", schema: registrationReceiptSchema } },
      problems: [403, 404, 409, 429],
    },
    async (c, { body, param }) => {
      if (body.website !== undefined && body.website.trim() !== "") {
        throw invalidInput([{ path: "website", message: "must be left empty" }], "This field is meant to stay empty.");
      }
      const eventId = param("id");
      const outcome = await register(s.db, eventId, body, s.now());
      switch (outcome.kind) {
        case "event-not-found":
          throw notFound("Event", "No event with this id exists.");
        case "duplicate":
          throw conflict("duplicate_registration", "Already registered", "This e-mail address is already registered for this event. Use the cancel link to change it.");
        case "refused": {
          const [code, title, detail] = REFUSALS[outcome.reason];
          throw conflict(code, title, detail);
        }
        case "registered": {
          const context = await s.eventContexts.get(eventId);
          if (context) s.readCache.invalidateDialogue(context.dialogueId);
          const receipt: RegistrationReceipt = {
            id: outcome.registration.id,
            status: outcome.registration.status === "waitlisted" ? "waitlisted" : "confirmed",
            cancelToken: outcome.cancelToken,
            waitlistPosition: outcome.waitlistPosition,
          };
          return c.json(receipt, 201);
        }
      }
    },
  );

  s.routes.add(
    {
      method: "delete",
      path: "/v1/registrations/{cancelToken}",
      operationId: "cancelRegistration",
      tag: "Registrations",
      summary: "Cancel a registration with its cancel token",
      description: "Frees the seat; the first on the waitlist who fits moves up in the same transaction. Cancelling twice answers the same receipt with promoted: 0.",
      access: "public",
      params: { cancelToken: "The token from the registration answer." },
      responses: { 200: { description: "Cancelled; `promoted` people moved up from the waitlist.", schema: cancellationReceiptSchema } },
      problems: [403, 404],
    },
    async (c, { param }) => {
      const token = param("cancelToken");
      const cancelled = CANCEL_TOKEN.test(token) ? await cancelRegistration(s.db, token, s.now()) : undefined;
      if (!cancelled) throw notFound("Registration", "No registration belongs to this cancel token.");
      const context = await s.eventContexts.get(cancelled.registration.eventId);
      if (context) s.readCache.invalidateDialogue(context.dialogueId);
      const receipt: CancellationReceipt = { id: cancelled.registration.id, status: "cancelled", promoted: cancelled.promoted.length };
      return c.json(receipt);
    },
  );

  s.routes.add(
    {
      method: "get",
      path: "/v1/events/{id}/registrations",
      operationId: "listRegistrations",
      tag: "Registrations",
      summary: "The registrations of an event (staff only)",
      description:
        "JSON by default. `?format=csv` or `Accept: text/csv` gives a spreadsheet: UTF-8 with BOM, a header row, semicolon-separated (`&separator=comma` for commas), cells that a spreadsheet would read as formulas prefixed with an apostrophe.",
      access: "admin",
      params: { id: "The event's id." },
      query: registrationListQuery,
      responses: {
        200: { description: "The registrations in the order they came in.", schema: registrationListSchema, alsoAs: ["text/csv"] },
      },
      problems: [403, 404],
    },
    async (c, { query, param }) => {
      const { event } = await managedEvent(s, principalOf(c), param("id"));
      const registrations = await listRegistrations(s.db, event.id);
      const wantsCsv = query.format === "csv" || (query.format === undefined && /\btext\/csv\b/i.test(c.req.header("accept") ?? ""));
      if (!wantsCsv) return c.json(registrations);
      return c.body(registrationsCsv(registrations, query.separator), 200, {
        "Content-Type": "text/csv; charset=utf-8; header=present",
        "Content-Disposition": `attachment; filename="anmeldungen-${event.id}.csv"`,
        "Cache-Control": "no-store",
      });
    },
  );

  s.routes.add(
    {
      method: "post",
      path: "/v1/registrations/{id}/attendance",
      operationId: "setAttendance",
      tag: "Registrations",
      summary: "Record whether a registrant came (staff only)",
      access: "admin",
      params: { id: "The registration's id (not the cancel token)." },
      body: attendanceInputSchema,
      responses: { 200: { description: "The registration.", schema: registrationSchema } },
      problems: [403, 404],
    },
    async (c, { body, param }) => {
      const registration = await findRegistration(s.db, param("id"));
      if (!registration) throw notFound("Registration", "No registration with this id exists.");
      const { dialogue } = await managedEvent(s, principalOf(c), registration.eventId);
      const updated = await setAttended(s.db, registration.id, body.attended);
      if (!updated) throw notFound("Registration", "No registration with this id exists.");
      dialogueChanged(s, dialogue.id);
      return c.json(updated);
    },
  );
}
