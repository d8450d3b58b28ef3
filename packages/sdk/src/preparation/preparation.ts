import type {
  AddChecklistItemInput,
  ChecklistItem,
  CreateMilestoneInput,
  MethodTemplate,
  Milestone,
  Preparation,
  TemplateMethod,
  UpdateAnalysisInput,
  UpdateChecklistItemInput,
  UpdateMilestoneInput,
} from "@kfd/domain";
import type { ClientOptions, RequestOptions } from "../options.js";
import { request, segment } from "../request.js";

const dialoguePath = (idOrSlug: string, rest: string) => `/v1/dialogues/${segment(idOrSlug)}/${rest}`;

/** The method templates with Musterablauf and checklist (public). */
export function listMethodTemplates(options: ClientOptions, call?: RequestOptions): Promise<MethodTemplate[]> {
  return request(options, "/v1/method-templates", call);
}

export function getPreparation(options: ClientOptions, dialogueIdOrSlug: string, call?: RequestOptions): Promise<Preparation> {
  return request(options, dialoguePath(dialogueIdOrSlug, "preparation"), call);
}

/** Only the answers sent change; an empty string clears one. */
export function updateAnalysis(options: ClientOptions, dialogueIdOrSlug: string, input: UpdateAnalysisInput, call?: RequestOptions): Promise<Preparation> {
  return request(options, dialoguePath(dialogueIdOrSlug, "analysis"), { ...call, method: "PATCH", body: input });
}

/** Sets the dialogue's method and copies the template's checklist (items copied before keep their ticks). */
export function applyMethodTemplate(options: ClientOptions, dialogueIdOrSlug: string, method: TemplateMethod, call?: RequestOptions): Promise<Preparation> {
  return request(options, dialoguePath(dialogueIdOrSlug, "method-template"), { ...call, method: "POST", body: { method } });
}

export function addChecklistItem(options: ClientOptions, dialogueIdOrSlug: string, input: AddChecklistItemInput, call?: RequestOptions): Promise<ChecklistItem> {
  return request(options, dialoguePath(dialogueIdOrSlug, "checklist"), { ...call, method: "POST", body: input });
}

export function updateChecklistItem(options: ClientOptions, itemId: string, input: UpdateChecklistItemInput, call?: RequestOptions): Promise<ChecklistItem> {
  return request(options, `/v1/checklist-items/${segment(itemId)}`, { ...call, method: "PATCH", body: input });
}

export function deleteChecklistItem(options: ClientOptions, itemId: string, call?: RequestOptions): Promise<void> {
  return request(options, `/v1/checklist-items/${segment(itemId)}`, { ...call, method: "DELETE" });
}

export function createMilestone(options: ClientOptions, dialogueIdOrSlug: string, input: CreateMilestoneInput, call?: RequestOptions): Promise<Milestone> {
  return request(options, dialoguePath(dialogueIdOrSlug, "milestones"), { ...call, method: "POST", body: input });
}

export function updateMilestone(options: ClientOptions, milestoneId: string, input: UpdateMilestoneInput, call?: RequestOptions): Promise<Milestone> {
  return request(options, `/v1/milestones/${segment(milestoneId)}`, { ...call, method: "PATCH", body: input });
}

export function deleteMilestone(options: ClientOptions, milestoneId: string, call?: RequestOptions): Promise<void> {
  return request(options, `/v1/milestones/${segment(milestoneId)}`, { ...call, method: "DELETE" });
}
