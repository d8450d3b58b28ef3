import { listRegistrations } from "@kfd/db";
import { eventNeedsSchema, summariseNeeds, toCheckInList } from "@kfd/domain";
import { checkInListSchema } from "../openapi/schema-catalogue.js";
import { auditTrail } from "../audit/audit-trail.js";
import { principalOf } from "../auth/principal-of.js";
import type { AppServices } from "../services.js";
import { managedEvent } from "./managed-event.js";

export function registerEventNeedsRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "get",
      path: "/v1/events/{id}/needs",
      operationId: "getEventNeeds",
      tag: "Events",
      summary: "What to plan for an event: interpreting per language, children, access needs, actor groups (staff)",
      description: "Counts over the registrations that are not cancelled, confirmed apart from waitlisted; no names, no free text.",
      access: "admin",
      params: { id: "The event's id." },
      responses: { 200: { description: "The summed needs.", schema: eventNeedsSchema } },
      problems: [403, 404],
    },
    async (c, { param }) => {
      const { event } = await managedEvent(s, principalOf(c), param("id"));
      c.header("Cache-Control", "no-store");
      return c.json(summariseNeeds(event, await listRegistrations(s.db, event.id)));
    },
  );

  // The list at the door names people: every look at it is written to the audit log.
  s.app.use("/v1/events/:id/check-in", auditTrail(s, "GET", (c) => ({ action: "view-check-in-list", eventId: c.req.param("id") ?? "" })));
  s.routes.add(
    {
      method: "get",
      path: "/v1/events/{id}/check-in",
      operationId: "getCheckInList",
      tag: "Events",
      summary: "The check-in list at the door (staff, audited)",
      description:
        "Confirmed registrants by name, then the waitlist in order, with only what the door needs (interpreting language, number of children, attended). Tick people off with POST /v1/registrations/{id}/attendance.",
      access: "admin",
      params: { id: "The event's id." },
      responses: { 200: { description: "The list.", schema: checkInListSchema } },
      problems: [403, 404],
    },
    async (c, { param }) => {
      const { event } = await managedEvent(s, principalOf(c), param("id"));
      c.header("Cache-Control", "no-store");
      return c.json(toCheckInList(await listRegistrations(s.db, event.id)));
    },
  );
}
