import { KfdAdminApp } from "./app.js";
import { preferredLocale, setLocale } from "./i18n/i18n.js";
import { KfdAdminScreen } from "./screens/admin-screen.js";
import { KfdDashboard } from "./screens/dashboard.js";
import { KfdDialogueForm } from "./screens/dialogue-form.js";
import { KfdDialogueScreen } from "./screens/dialogue-screen.js";
import { KfdEventScreen } from "./screens/event-screen.js";
import { KfdEventsStep } from "./screens/events-step.js";
import { KfdInvitationAccept } from "./screens/invitation-accept.js";
import { KfdPreparationStep } from "./screens/preparation-step.js";
import { KfdResultsStep } from "./screens/results-step.js";
import { KfdSignIn } from "./screens/sign-in.js";
import { KfdSteckbriefStep } from "./screens/steckbrief-step.js";

const elements: [string, CustomElementConstructor][] = [
  ["kfd-sign-in", KfdSignIn],
  ["kfd-invitation-accept", KfdInvitationAccept],
  ["kfd-dashboard", KfdDashboard],
  ["kfd-dialogue-form", KfdDialogueForm],
  ["kfd-dialogue-screen", KfdDialogueScreen],
  ["kfd-preparation-step", KfdPreparationStep],
  ["kfd-events-step", KfdEventsStep],
  ["kfd-event-screen", KfdEventScreen],
  ["kfd-results-step", KfdResultsStep],
  ["kfd-steckbrief-step", KfdSteckbriefStep],
  ["kfd-admin-screen", KfdAdminScreen],
  // The shell last: its first render finds every screen defined.
  ["kfd-admin-app", KfdAdminApp],
];
// The language first, so the first render is already in it (no German flash for an Arabic reader).
void setLocale(preferredLocale(), { remember: false }).finally(() => {
  for (const [name, element] of elements) if (!customElements.get(name)) customElements.define(name, element);
});
