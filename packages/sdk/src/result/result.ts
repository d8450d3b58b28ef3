import type { CreateResultInput, Result } from "@kfd/domain";
import type { ClientOptions, RequestOptions } from "../options.js";
import { request, segment } from "../request.js";

/** Admin: the dialogue's results (the public reads them in the Steckbrief). */
export function listResults(options: ClientOptions, dialogueIdOrSlug: string, call?: RequestOptions): Promise<Result[]> {
  return request(options, `/v1/dialogues/${segment(dialogueIdOrSlug)}/results`, call);
}

/** Admin: records a situation, Handlungsfeld, Konfliktfeld or idea. */
export function createResult(options: ClientOptions, dialogueIdOrSlug: string, input: CreateResultInput, call?: RequestOptions): Promise<Result> {
  return request(options, `/v1/dialogues/${segment(dialogueIdOrSlug)}/results`, { ...call, method: "POST", body: input });
}
