import { KfdMunicipalityPicker } from "../municipality/municipality-picker.js";
import { KfdDialogueForm } from "../screens/dialogue-form.js";

customElements.define("kfd-municipality-picker", KfdMunicipalityPicker);
customElements.define("kfd-dialogue-form", KfdDialogueForm);
