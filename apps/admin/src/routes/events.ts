import { KfdEventCancelDialog } from "../screens/event-cancel-dialog.js";
import { KfdEventsStep } from "../screens/events-step.js";

customElements.define("kfd-event-cancel-dialog", KfdEventCancelDialog);
customElements.define("kfd-events-step", KfdEventsStep);
