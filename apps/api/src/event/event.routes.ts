import { cancelEvent, createEvent, findDialogue, findPublicEvent, listEvents, updateEvent } from "@kfd/db";
import {
  cancelEventSchema,
  createEventSchema,
  eventFieldProblems,
  eventSchema,
  mayManageMunicipality,
  publicEventSchema,
  updateEventSchema,
  type PublicEvent,
} from "@kfd/domain";
import { principalOf } from "../auth/principal-of.js";
import { dialogueChanged, managedDialogue } from "../dialogue/managed-dialogue.js";
import { publicEventListSchema } from "../openapi/schema-catalogue.js";
import { conflict, invalidInput, notFound } from "../problem/problem-exception.js";
import type { AppServices } from "../services.js";
import { managedEvent } from "./managed-event.js";

const eventIdParam = { id: "The event's id." };

export function registerEventRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "get",
      path: "/v1/dialogues/{idOrSlug}/events",
      operationId: "listDialogueEvents",
      tag: "Events",
      summary: "The events of a dialogue, with live seat figures",
      description: "Public for a published dialogue; a token that manages the dialogue sees them before publication too.",
      access: "public",
      params: { idOrSlug: "The dialogue's id or its slug." },
      responses: { 200: { description: "The events in their order.", schema: publicEventListSchema } },
      problems: [404],
    },
    async (c, { param }) => {
      const principal = c.get("principal");
      const dialogue = await findDialogue(s.db, param("idOrSlug"));
      const visible = dialogue && (dialogue.published || (principal !== undefined && mayManageMunicipality(principal, dialogue.municipality.ags)));
      if (!visible) throw notFound("Dialogue");
      const events = await listEvents(s.db, dialogue.id);
      const withSeats = await Promise.all(events.map((e) => findPublicEvent(s.db, e.id)));
      return c.json(withSeats.filter((e): e is PublicEvent => e !== undefined));
    },
  );

  s.routes.add(
    {
      method: "post",
      path: "/v1/dialogues/{idOrSlug}/events",
      operationId: "createEvent",
      tag: "Events",
      summary: "Create an event of a dialogue",
      description: "Only title, startsAt, endsAt and capacity are required; the rest has defaults (waitlist on, German, in person).",
      access: "admin",
      params: { idOrSlug: "The dialogue's id or its slug." },
      body: createEventSchema,
      responses: { 201: { description: "The new event.", schema: eventSchema } },
      problems: [403, 404],
    },
    async (c, { body, param }) => {
      const dialogue = await managedDialogue(s, principalOf(c), param("idOrSlug"));
      const event = await createEvent(s.db, dialogue.id, body, s.now());
      dialogueChanged(s, dialogue.id);
      c.header("Location", `/v1/events/${event.id}`);
      return c.json(event, 201);
    },
  );

  s.routes.add(
    {
      method: "get",
      path: "/v1/events/{id}",
      operationId: "getEvent",
      tag: "Events",
      summary: "One event with capacity, seats left and waitlist figures",
      description: "Readable by anyone who has the event's id (the registration form needs it); never lists registrants.",
      access: "public",
      params: eventIdParam,
      responses: { 200: { description: "The event.", schema: publicEventSchema } },
      problems: [404],
    },
    async (c, { param }) => {
      const event = await findPublicEvent(s.db, param("id"));
      if (!event) throw notFound("Event", "No event with this id exists.");
      return c.json(event);
    },
  );

  s.routes.add(
    {
      method: "patch",
      path: "/v1/events/{id}",
      operationId: "updateEvent",
      tag: "Events",
      summary: "Change an event",
      description:
        "Only the fields sent change; the result must still be a valid event (endsAt after startsAt …). Raising the capacity moves people up from the waitlist; lowering it below the confirmed count is refused (409 conflict).",
      access: "admin",
      params: eventIdParam,
      body: updateEventSchema,
      responses: { 200: { description: "The changed event.", schema: eventSchema } },
      problems: [403, 404, 409],
    },
    async (c, { body, param }) => {
      const { event, dialogue } = await managedEvent(s, principalOf(c), param("id"));
      const problems = eventFieldProblems({ ...event, ...body });
      if (problems.length > 0) throw invalidInput(problems);
      if (body.capacity !== undefined) {
        const seats = await findPublicEvent(s.db, event.id);
        if (seats && body.capacity < seats.confirmedCount) {
          throw conflict("conflict", "Capacity below confirmed", `${seats.confirmedCount} people are confirmed; the capacity cannot drop to ${body.capacity}. Cancel registrations first.`);
        }
      }
      const updated = await updateEvent(s.db, event.id, body, s.now());
      if (!updated) throw notFound("Event", "No event with this id exists.");
      dialogueChanged(s, dialogue.id);
      return c.json(updated);
    },
  );

  s.routes.add(
    {
      method: "post",
      path: "/v1/events/{id}/cancel",
      operationId: "cancelEvent",
      tag: "Events",
      summary: "Cancel an event",
      description: "Registrations are kept (staff may need to inform people); new ones are refused with 409 event_cancelled. Cancelling twice is harmless.",
      access: "admin",
      params: eventIdParam,
      body: cancelEventSchema,
      bodyOptional: true,
      responses: { 200: { description: "The cancelled event.", schema: eventSchema } },
      problems: [403, 404],
    },
    async (c, { body, param }) => {
      const { event, dialogue } = await managedEvent(s, principalOf(c), param("id"));
      const cancelled = await cancelEvent(s.db, event.id, body.reason, s.now());
      if (!cancelled) throw notFound("Event", "No event with this id exists.");
      dialogueChanged(s, dialogue.id);
      return c.json(cancelled);
    },
  );
}
