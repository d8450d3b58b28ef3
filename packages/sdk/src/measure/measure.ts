import type { CreateMeasureInput, Measure, UpdateMeasureInput } from "@kfd/domain";
import type { ClientOptions, RequestOptions } from "../options.js";
import { request, segment } from "../request.js";

/** Admin: the dialogue's Maßnahmenkatalog with each measure's history (the public reads a summary in the Steckbrief). */
export function listMeasures(options: ClientOptions, dialogueIdOrSlug: string, call?: RequestOptions): Promise<Measure[]> {
  return request(options, `/v1/dialogues/${segment(dialogueIdOrSlug)}/measures`, call);
}

/** Admin: adds a measure; its history starts with this entry. */
export function createMeasure(options: ClientOptions, dialogueIdOrSlug: string, input: CreateMeasureInput, call?: RequestOptions): Promise<Measure> {
  return request(options, `/v1/dialogues/${segment(dialogueIdOrSlug)}/measures`, { ...call, method: "POST", body: input });
}

/** Admin: every change needs a `reason`, which is kept in the measure's history. */
export function updateMeasure(options: ClientOptions, measureId: string, input: UpdateMeasureInput, call?: RequestOptions): Promise<Measure> {
  return request(options, `/v1/measures/${segment(measureId)}`, { ...call, method: "PATCH", body: input });
}
