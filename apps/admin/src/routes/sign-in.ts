import { KfdSignIn } from "../screens/sign-in.js";

customElements.define("kfd-sign-in", KfdSignIn);
