import {
  attendanceInputSchema,
  auditEntrySchema,
  erasureReceiptSchema,
  outboxMessageSchema,
  ownRegistrationSchema,
  programmeStatsSchema,
  cancelEventSchema,
  cancellationReceiptSchema,
  createDialogueSchema,
  createdTokenSchema,
  createEventSchema,
  createMeasureSchema,
  createResultSchema,
  createTokenSchema,
  createWorkingGroupSchema,
  dialogueSchema,
  eventSchema,
  mapFeatureCollectionSchema,
  measureSchema,
  phaseChangeSchema,
  problemSchema,
  publicDialogueSchema,
  publicEventSchema,
  registrationInputSchema,
  registrationReceiptSchema,
  registrationSchema,
  resultSchema,
  steckbriefSchema,
  tokenSummarySchema,
  updateDialogueSchema,
  updateEventSchema,
  updateMeasureSchema,
  workingGroupSchema,
} from "@kfd/domain";
import {
  acceptInvitationSchema,
  addChecklistItemSchema,
  applyTemplateSchema,
  checkInEntrySchema,
  checklistItemSchema,
  createdInvitationSchema,
  createInvitationSchema,
  createMilestoneSchema,
  embedSnippetsSchema,
  eventNeedsSchema,
  ideaToMeasureSchema,
  invitationPreviewSchema,
  invitationSchema,
  methodTemplateSchema,
  milestoneSchema,
  preparationSchema,
  sessionInfoSchema,
  signInSchema,
  staffSchema,
  updateAnalysisSchema,
  updateChecklistItemSchema,
  updateMilestoneSchema,
  updateStaffSchema,
} from "@kfd/domain";
import * as z from "zod/mini";

export const healthSchema = z.object({ status: z.literal("ok"), database: z.enum(["sqlite", "postgres"]) });

/** A dialogue as the caller may see it: the public view, or everything for a token that manages it. */
export const dialogueViewSchema = z.union([dialogueSchema, publicDialogueSchema]);

export const dialogueListSchema = z.array(dialogueViewSchema);
export const publicEventListSchema = z.array(publicEventSchema);
export const registrationListSchema = z.array(registrationSchema);
export const resultListSchema = z.array(resultSchema);
export const workingGroupListSchema = z.array(workingGroupSchema);
export const measureListSchema = z.array(measureSchema);
export const tokenListSchema = z.array(tokenSummarySchema);
export const auditLogSchema = z.array(auditEntrySchema);
export const outboxListSchema = z.array(outboxMessageSchema);
export const staffListSchema = z.array(staffSchema);
export const invitationListSchema = z.array(invitationSchema);
export const methodTemplateListSchema = z.array(methodTemplateSchema);
export const checkInListSchema = z.array(checkInEntrySchema);

/** Bodies are documented as clients send them (defaults optional), answers as the server sends them. */
export const REQUEST_SCHEMAS = {
  CreateDialogueInput: createDialogueSchema,
  UpdateDialogueInput: updateDialogueSchema,
  PhaseChangeInput: phaseChangeSchema,
  CreateEventInput: createEventSchema,
  UpdateEventInput: updateEventSchema,
  CancelEventInput: cancelEventSchema,
  RegistrationInput: registrationInputSchema,
  AttendanceInput: attendanceInputSchema,
  CreateResultInput: createResultSchema,
  CreateWorkingGroupInput: createWorkingGroupSchema,
  CreateMeasureInput: createMeasureSchema,
  UpdateMeasureInput: updateMeasureSchema,
  CreateTokenInput: createTokenSchema,
  SignInInput: signInSchema,
  UpdateStaffInput: updateStaffSchema,
  CreateInvitationInput: createInvitationSchema,
  AcceptInvitationInput: acceptInvitationSchema,
  UpdateAnalysisInput: updateAnalysisSchema,
  ApplyTemplateInput: applyTemplateSchema,
  AddChecklistItemInput: addChecklistItemSchema,
  UpdateChecklistItemInput: updateChecklistItemSchema,
  CreateMilestoneInput: createMilestoneSchema,
  UpdateMilestoneInput: updateMilestoneSchema,
  IdeaToMeasureInput: ideaToMeasureSchema,
} as const;

export const RESPONSE_SCHEMAS = {
  Health: healthSchema,
  Problem: problemSchema,
  Dialogue: dialogueSchema,
  PublicDialogue: publicDialogueSchema,
  DialogueView: dialogueViewSchema,
  DialogueList: dialogueListSchema,
  Steckbrief: steckbriefSchema,
  MapFeatureCollection: mapFeatureCollectionSchema,
  Event: eventSchema,
  PublicEvent: publicEventSchema,
  PublicEventList: publicEventListSchema,
  RegistrationReceipt: registrationReceiptSchema,
  CancellationReceipt: cancellationReceiptSchema,
  Registration: registrationSchema,
  RegistrationList: registrationListSchema,
  Result: resultSchema,
  ResultList: resultListSchema,
  WorkingGroup: workingGroupSchema,
  WorkingGroupList: workingGroupListSchema,
  Measure: measureSchema,
  MeasureList: measureListSchema,
  CreatedToken: createdTokenSchema,
  TokenList: tokenListSchema,
  OwnRegistration: ownRegistrationSchema,
  ErasureReceipt: erasureReceiptSchema,
  AuditLog: auditLogSchema,
  OutboxMessageList: outboxListSchema,
  ProgrammeStats: programmeStatsSchema,
  SessionInfo: sessionInfoSchema,
  Staff: staffSchema,
  StaffList: staffListSchema,
  Invitation: invitationSchema,
  InvitationList: invitationListSchema,
  CreatedInvitation: createdInvitationSchema,
  InvitationPreview: invitationPreviewSchema,
  MethodTemplate: methodTemplateSchema,
  MethodTemplateList: methodTemplateListSchema,
  Preparation: preparationSchema,
  ChecklistItem: checklistItemSchema,
  Milestone: milestoneSchema,
  EventNeeds: eventNeedsSchema,
  CheckInList: checkInListSchema,
  EmbedSnippets: embedSnippetsSchema,
} as const;
