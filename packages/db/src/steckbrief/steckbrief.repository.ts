import { deriveSteckbrief, type Steckbrief } from "@kfd/domain";
import type { KfdDatabase } from "../database.js";
import { findDialogue } from "../dialogue/dialogue.repository.js";
import { listEvents } from "../event/event.repository.js";
import { listMeasures } from "../measure/measure.repository.js";
import { participationCounts } from "../registration/registration.repository.js";
import { listResults } from "../result/result.repository.js";
import { listWorkingGroups } from "../working-group/working-group.repository.js";

/** Gathers a dialogue's sources for deriveSteckbrief(); registrations enter only as anonymous counts. */
export async function loadSteckbrief(db: KfdDatabase, idOrSlug: string, today: string): Promise<Steckbrief | undefined> {
  const dialogue = await findDialogue(db, idOrSlug);
  if (!dialogue) return undefined;
  const [events, participation, results, measures, workingGroups] = await Promise.all([
    listEvents(db, dialogue.id),
    participationCounts(db, dialogue.id),
    listResults(db, dialogue.id),
    listMeasures(db, dialogue.id),
    listWorkingGroups(db, dialogue.id),
  ]);
  return deriveSteckbrief({ dialogue, events, participation, results, measures, workingGroups, today });
}
