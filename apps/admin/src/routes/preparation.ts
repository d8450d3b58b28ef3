import { KfdChecklist } from "../screens/checklist.js";
import { KfdMilestonePlan } from "../screens/milestone-plan.js";
import { KfdPreparationStep } from "../screens/preparation-step.js";

customElements.define("kfd-checklist", KfdChecklist);
customElements.define("kfd-milestone-plan", KfdMilestonePlan);
customElements.define("kfd-preparation-step", KfdPreparationStep);
