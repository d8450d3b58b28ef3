import type { IdeaToMeasureInput, Measure } from "@kfd/domain";
import type { ClientOptions, RequestOptions } from "../options.js";
import { request, segment } from "../request.js";

/** Staff: turns an idea (result of kind idee) into a measure in one step; the measure keeps `resultId`. */
export function turnIdeaIntoMeasure(options: ClientOptions, resultId: string, input: IdeaToMeasureInput = {}, call?: RequestOptions): Promise<Measure> {
  return request(options, `/v1/results/${segment(resultId)}/measure`, { ...call, method: "POST", body: input });
}

/** Staff: open measures whose due date has passed. */
export function listOverdueMeasures(options: ClientOptions, dialogueIdOrSlug: string, call?: RequestOptions): Promise<Measure[]> {
  return request(options, `/v1/dialogues/${segment(dialogueIdOrSlug)}/measures`, { ...call, query: { overdue: "true" } });
}
