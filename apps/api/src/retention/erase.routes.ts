import { eraseRegistration, findRegistration, writeAudit } from "@kfd/db";
import { erasureReceiptSchema, type ErasureReceipt } from "@kfd/domain";
import { actorOf } from "../audit/audit-trail.js";
import { principalOf } from "../auth/principal-of.js";
import { dialogueChanged } from "../dialogue/managed-dialogue.js";
import { managedEvent } from "../event/managed-event.js";
import { notFound } from "../problem/problem-exception.js";
import type { AppServices } from "../services.js";

export function registerEraseRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "post",
      path: "/v1/registrations/{id}/erase",
      operationId: "eraseRegistration",
      tag: "Privacy",
      summary: "Erase one registration's personal data on request (staff)",
      description:
        "For a person who asks by phone or letter (Art. 17 DSGVO). Cancels the registration if still live (the seat goes to the waitlist), erases name, e-mail and free texts and the e-mails to it; anonymous counts stay. Written to the audit log.",
      access: "admin",
      params: { id: "The registration's id (not the cancel token)." },
      responses: { 200: { description: "Erased.", schema: erasureReceiptSchema } },
      problems: [403, 404],
    },
    async (c, { param }) => {
      const principal = principalOf(c);
      const registration = await findRegistration(s.db, param("id"));
      if (!registration) throw notFound("Registration", "No registration with this id exists.");
      const { dialogue } = await managedEvent(s, principal, registration.eventId);
      const erasure = await eraseRegistration(s.db, registration.id, s.now());
      if (!erasure) throw notFound("Registration", "No registration with this id exists.");
      await writeAudit(s.db, { actor: actorOf(principal), action: "erase-registration", eventId: erasure.eventId, registrationId: erasure.registrationId }, s.now());
      dialogueChanged(s, dialogue.id);
      const receipt: ErasureReceipt = { id: erasure.registrationId, status: "cancelled", personalDataErasedAt: erasure.personalDataErasedAt, promoted: erasure.promoted.length };
      return c.json(receipt);
    },
  );
}
