import type { CreateWorkingGroupInput, WorkingGroup } from "@kfd/domain";
import type { ClientOptions, RequestOptions } from "../options.js";
import { request, segment } from "../request.js";

/** Admin: the dialogue's Begleitkreise (the public reads them in the Steckbrief). */
export function listWorkingGroups(options: ClientOptions, dialogueIdOrSlug: string, call?: RequestOptions): Promise<WorkingGroup[]> {
  return request(options, `/v1/dialogues/${segment(dialogueIdOrSlug)}/working-groups`, call);
}

/** Admin: creates a Begleitkreis that measures can be delegated to. */
export function createWorkingGroup(options: ClientOptions, dialogueIdOrSlug: string, input: CreateWorkingGroupInput, call?: RequestOptions): Promise<WorkingGroup> {
  return request(options, `/v1/dialogues/${segment(dialogueIdOrSlug)}/working-groups`, { ...call, method: "POST", body: input });
}
