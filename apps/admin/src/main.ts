import { KfdAdminApp } from "./app.js";
import { preferredLocale, setLocale } from "./i18n/i18n.js";
import { KfdMunicipalityPicker } from "./municipality/municipality-picker.js";
import { KfdAdminScreen } from "./screens/admin-screen.js";
import { KfdCheckInList } from "./screens/check-in-list.js";
import { KfdChecklist } from "./screens/checklist.js";
import { KfdDashboard } from "./screens/dashboard.js";
import { KfdDialogueForm } from "./screens/dialogue-form.js";
import { KfdDialogueScreen } from "./screens/dialogue-screen.js";
import { KfdEraseRegistrationDialog } from "./screens/erase-registration-dialog.js";
import { KfdEventCancelDialog } from "./screens/event-cancel-dialog.js";
import { KfdEventRegistrations } from "./screens/event-registrations.js";
import { KfdEventScreen } from "./screens/event-screen.js";
import { KfdEventsStep } from "./screens/events-step.js";
import { KfdInvitationAccept } from "./screens/invitation-accept.js";
import { KfdMeasureDialog } from "./screens/measure-dialog.js";
import { KfdMilestonePlan } from "./screens/milestone-plan.js";
import { KfdPasswordForgotten } from "./screens/password-forgotten.js";
import { KfdPasswordReset } from "./screens/password-reset.js";
import { KfdPreparationStep } from "./screens/preparation-step.js";
import { KfdResultsStep } from "./screens/results-step.js";
import { KfdSignIn } from "./screens/sign-in.js";
import { KfdSteckbriefStep } from "./screens/steckbrief-step.js";
import { KfdWorkingGroups } from "./screens/working-groups.js";

const elements: [string, CustomElementConstructor][] = [
  ["kfd-sign-in", KfdSignIn],
  ["kfd-invitation-accept", KfdInvitationAccept],
  ["kfd-password-forgotten", KfdPasswordForgotten],
  ["kfd-password-reset", KfdPasswordReset],
  ["kfd-dashboard", KfdDashboard],
  ["kfd-municipality-picker", KfdMunicipalityPicker],
  ["kfd-dialogue-form", KfdDialogueForm],
  ["kfd-dialogue-screen", KfdDialogueScreen],
  ["kfd-preparation-step", KfdPreparationStep],
  ["kfd-checklist", KfdChecklist],
  ["kfd-milestone-plan", KfdMilestonePlan],
  ["kfd-events-step", KfdEventsStep],
  ["kfd-event-cancel-dialog", KfdEventCancelDialog],
  ["kfd-event-screen", KfdEventScreen],
  ["kfd-event-registrations", KfdEventRegistrations],
  ["kfd-erase-registration-dialog", KfdEraseRegistrationDialog],
  ["kfd-check-in-list", KfdCheckInList],
  ["kfd-results-step", KfdResultsStep],
  ["kfd-working-groups", KfdWorkingGroups],
  ["kfd-measure-dialog", KfdMeasureDialog],
  ["kfd-steckbrief-step", KfdSteckbriefStep],
  ["kfd-admin-screen", KfdAdminScreen],
  // The shell last: its first render finds every screen defined.
  ["kfd-admin-app", KfdAdminApp],
];
// The language first, so the first render is already in it (no German flash for an Arabic reader).
void setLocale(preferredLocale(), { remember: false }).finally(() => {
  for (const [name, element] of elements) if (!customElements.get(name)) customElements.define(name, element);
});
