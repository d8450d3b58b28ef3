import {
  createEventSchema,
  dialogueFieldsSchema,
  registrationInputSchema,
  type CreateEventInput,
  type Dialogue,
  type DialogueInput,
  type EventFields,
  type Municipality,
  type RegistrationData,
  type RegistrationInput,
} from "@kfd/domain";
import type { KfdDatabase } from "../database.js";
import { createDialogue } from "../dialogue/dialogue.repository.js";
import { upsertMunicipalities } from "../municipality/municipality.repository.js";

export const TEST_MUNICIPALITY: Municipality = { ags: "08416041", name: "Tübingen", kind: "stadt", location: { lat: 48.5216, lon: 9.0576 } };

/** A municipality and a dialogue in it, through the real repositories. */
export async function seedDialogue(db: KfdDatabase, now: Date, input: Partial<DialogueInput> & { slug?: string } = {}): Promise<Dialogue> {
  await upsertMunicipalities(db, [TEST_MUNICIPALITY], now);
  const { slug, ...fields } = input;
  const parsed = dialogueFieldsSchema.parse({ title: "Wie leben wir zukünftig zusammen?", municipalityAgs: TEST_MUNICIPALITY.ags, ...fields });
  return createDialogue(db, { ...parsed, slug: slug ?? `dialog-${crypto.randomUUID().slice(0, 8)}` }, now);
}

/** Event fields as the API would have parsed them: open for registration from now until the event starts. */
export function eventFields(input: Partial<CreateEventInput> = {}): EventFields {
  return createEventSchema.parse({
    title: "World-Café im Rathaus",
    startsAt: "2030-12-03T18:00:00+01:00",
    endsAt: "2030-12-03T21:00:00+01:00",
    capacity: 50,
    ...input,
  });
}

/** A valid registration of person number `n` (distinct e-mail per n). */
export function registrationData(n: number, input: Partial<RegistrationInput> = {}): RegistrationData {
  return registrationInputSchema.parse({ name: `Person ${n}`, email: `person${n}@example.org`, consent: true, ...input });
}
