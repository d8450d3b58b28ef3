import * as z from "zod/mini";
import type { Registration } from "../registration/registration.js";
import { id } from "../shared/fields.js";

/** One line of the list at the door: who is expected and what they need on arrival, nothing more. */
export const checkInEntrySchema = z.object({
  registrationId: id,
  name: z.string(),
  status: z.enum(["confirmed", "waitlisted"]),
  waitlistPosition: z.nullable(z.int()),
  attended: z.boolean(),
  interpreting: z.nullable(z.string()),
  children: z.int(),
});
export type CheckInEntry = z.infer<typeof checkInEntrySchema>;

const byName = new Intl.Collator("de", { sensitivity: "base", numeric: true });

/** Confirmed people by name, then the waitlist in its order; cancelled and erased ones are left out. */
export function toCheckInList(registrations: readonly Registration[]): CheckInEntry[] {
  const entries = registrations
    .filter((r): r is Registration & { status: "confirmed" | "waitlisted" } => r.status !== "cancelled" && r.personalDataErasedAt === null)
    .map((r) => ({
      registrationId: r.id,
      name: r.name,
      status: r.status,
      waitlistPosition: r.waitlistPosition,
      attended: r.attended,
      interpreting: r.interpreting,
      children: r.childcare?.children ?? 0,
    }));
  return entries.sort((a, b) => {
    if (a.status !== b.status) return a.status === "confirmed" ? -1 : 1;
    if (a.status === "waitlisted") return (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0);
    return byName.compare(a.name, b.name) || a.registrationId.localeCompare(b.registrationId);
  });
}
