import { KfdPasswordReset } from "../screens/password-reset.js";

customElements.define("kfd-password-reset", KfdPasswordReset);
