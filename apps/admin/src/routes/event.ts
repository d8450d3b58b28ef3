import { KfdCheckInList } from "../screens/check-in-list.js";
import { KfdEraseRegistrationDialog } from "../screens/erase-registration-dialog.js";
import { KfdEventRegistrations } from "../screens/event-registrations.js";
import { KfdEventScreen } from "../screens/event-screen.js";

customElements.define("kfd-check-in-list", KfdCheckInList);
customElements.define("kfd-erase-registration-dialog", KfdEraseRegistrationDialog);
customElements.define("kfd-event-registrations", KfdEventRegistrations);
customElements.define("kfd-event-screen", KfdEventScreen);
