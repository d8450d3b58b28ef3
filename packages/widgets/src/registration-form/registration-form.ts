import { define } from "../base/define.js";
import { KfdRegistrationForm } from "./registration-form.component.js";

export { KfdRegistrationForm, type RegistrationOutcome } from "./registration-form.component.js";

define("kfd-registration-form", KfdRegistrationForm);
