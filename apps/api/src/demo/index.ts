import {
  createDialogue,
  createEvent,
  createMeasure,
  createWorkingGroup,
  findDialogue,
  listEvents,
  setDialoguePublished,
  SlugTakenError,
  upsertMunicipalities,
  type KfdDatabase,
} from "@kfd/db";
import { createEventSchema, createMeasureSchema, createWorkingGroupSchema, dialogueFieldsSchema, municipalitySchema, type Dialogue } from "@kfd/domain";
import { SEED_DIALOGUES, type DemoDialogueInput } from "./demo-dialogues.js";
import { FULL_EVENT_TITLE, fullEvent, TRIAL_EVENT_TITLE, trialEvent } from "./demo-events.js";
import { trialMeasures, TRIAL_WORKING_GROUP } from "./demo-measures.js";
import { DEMO_MUNICIPALITIES } from "./demo-municipalities.js";
import { TRIAL_DIALOGUE } from "./demo-trial-dialogue.js";

export interface DemoSummary {
  /** False when the database already held dialogues and nothing was written. */
  loaded: boolean;
  dialogues: number;
  events: number;
  municipalities: number;
  demoDialogueSlug: string;
  /** The upcoming event with a waitlist, to try registering; also found when the demo was loaded earlier. */
  demoEventId: string | null;
  /** The two-seat event without waitlist, to try "ausgebucht". */
  fullEventId: string | null;
}

/** Empty means no dialogue yet: a municipality register may well have been loaded before. */
export async function isDatabaseEmpty(db: KfdDatabase): Promise<boolean> {
  const any = await db.kysely.selectFrom("dialogues").select("id").limit(1).executeTakeFirst();
  return any === undefined;
}

async function createPublished(db: KfdDatabase, input: DemoDialogueInput, now: Date): Promise<Dialogue> {
  const { slug, ...fields } = input;
  const created = await createDialogue(db, { ...dialogueFieldsSchema.parse(fields), slug }, now);
  await setDialoguePublished(db, created.id, true, now);
  return created;
}

async function summaryOfExisting(db: KfdDatabase): Promise<DemoSummary> {
  const trial = await findDialogue(db, TRIAL_DIALOGUE.slug);
  const events = trial ? await listEvents(db, trial.id) : [];
  return {
    loaded: false,
    dialogues: 0,
    events: 0,
    municipalities: 0,
    demoDialogueSlug: TRIAL_DIALOGUE.slug,
    demoEventId: events.find((e) => e.title === TRIAL_EVENT_TITLE)?.id ?? null,
    fullEventId: events.find((e) => e.title === FULL_EVENT_TITLE)?.id ?? null,
  };
}

/**
 * Loads the dialogues of the seed texts and one trial dialogue with upcoming events into a
 * database without dialogues. Anywhere else it writes nothing and reports the trial event
 * already there, so that every start can say where to try registering.
 */
export async function loadDemoData(db: KfdDatabase, now: Date): Promise<DemoSummary> {
  if (!(await isDatabaseEmpty(db))) return summaryOfExisting(db);
  const municipalities = DEMO_MUNICIPALITIES.map((m) => municipalitySchema.parse(m));
  await upsertMunicipalities(db, municipalities);
  try {
    for (const input of SEED_DIALOGUES) await createPublished(db, input, now);
    const trial = await createPublished(db, TRIAL_DIALOGUE, now);
    const open = await createEvent(db, trial.id, createEventSchema.parse(trialEvent(now)), now);
    const full = await createEvent(db, trial.id, createEventSchema.parse(fullEvent(now)), now);
    const group = await createWorkingGroup(db, trial.id, createWorkingGroupSchema.parse(TRIAL_WORKING_GROUP), now);
    for (const measure of trialMeasures(now, group.id)) await createMeasure(db, trial.id, createMeasureSchema.parse(measure), now);
    return {
      loaded: true,
      dialogues: SEED_DIALOGUES.length + 1,
      events: 2,
      municipalities: municipalities.length,
      demoDialogueSlug: trial.slug,
      demoEventId: open.id,
      fullEventId: full.id,
    };
  } catch (error) {
    // Another process sharing the database got there first (several API processes on one PostgreSQL).
    if (error instanceof SlugTakenError) return summaryOfExisting(db);
    throw error;
  }
}
