import { KfdMeasureDialog } from "../screens/measure-dialog.js";
import { KfdResultsStep } from "../screens/results-step.js";
import { KfdWorkingGroups } from "../screens/working-groups.js";

customElements.define("kfd-measure-dialog", KfdMeasureDialog);
customElements.define("kfd-working-groups", KfdWorkingGroups);
customElements.define("kfd-results-step", KfdResultsStep);
