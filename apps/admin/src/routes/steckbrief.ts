import { KfdSteckbriefStep } from "../screens/steckbrief-step.js";

customElements.define("kfd-steckbrief-step", KfdSteckbriefStep);
