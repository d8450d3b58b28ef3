import { KfdDialogueScreen } from "../screens/dialogue-screen.js";

customElements.define("kfd-dialogue-screen", KfdDialogueScreen);
