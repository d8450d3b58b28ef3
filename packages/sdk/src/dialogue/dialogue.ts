import type { CreateDialogueInput, Dialogue, DialogueQuery, Phase, PublicDialogue, UpdateDialogueInput } from "@kfd/domain";
import type { ClientOptions, RequestOptions } from "../options.js";
import { request, segment } from "../request.js";

/**
 * Published dialogues, filtered by free text, topic slug, municipality kind or phase. With a token, staff also
 * see their unpublished ones, and the dialogues they manage with every field (`"retentionDays" in d` tells).
 */
export function listDialogues(options: ClientOptions, query: DialogueQuery = {}, call?: RequestOptions): Promise<(Dialogue | PublicDialogue)[]> {
  return request(options, "/v1/dialogues", { ...call, query });
}

/** The public fields; with a token that manages the dialogue, every field (retention, precise location) as well. */
export function getDialogue(options: ClientOptions, idOrSlug: string, call?: RequestOptions): Promise<Dialogue | PublicDialogue> {
  return request(options, `/v1/dialogues/${segment(idOrSlug)}`, call);
}

/** Admin: creates a dialogue in the municipality named by `municipalityAgs`. */
export function createDialogue(options: ClientOptions, input: CreateDialogueInput, call?: RequestOptions): Promise<Dialogue> {
  return request(options, "/v1/dialogues", { ...call, method: "POST", body: input });
}

/** Admin: changes only the fields sent. */
export function updateDialogue(options: ClientOptions, idOrSlug: string, patch: UpdateDialogueInput, call?: RequestOptions): Promise<Dialogue> {
  return request(options, `/v1/dialogues/${segment(idOrSlug)}`, { ...call, method: "PATCH", body: patch });
}

/** Admin: moves the dialogue one step (preparation → execution → implementation → completed, or one step back). */
export function setDialoguePhase(options: ClientOptions, idOrSlug: string, phase: Phase, call?: RequestOptions): Promise<Dialogue> {
  return request(options, `/v1/dialogues/${segment(idOrSlug)}/phase`, { ...call, method: "POST", body: { phase } });
}

export function publishDialogue(options: ClientOptions, idOrSlug: string, call?: RequestOptions): Promise<Dialogue> {
  return request(options, `/v1/dialogues/${segment(idOrSlug)}/publish`, { ...call, method: "POST" });
}

export function unpublishDialogue(options: ClientOptions, idOrSlug: string, call?: RequestOptions): Promise<Dialogue> {
  return request(options, `/v1/dialogues/${segment(idOrSlug)}/unpublish`, { ...call, method: "POST" });
}
