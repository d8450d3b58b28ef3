import { KfdPasswordForgotten } from "../screens/password-forgotten.js";

customElements.define("kfd-password-forgotten", KfdPasswordForgotten);
