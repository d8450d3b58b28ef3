import { KfdAdminScreen } from "../screens/admin-screen.js";

customElements.define("kfd-admin-screen", KfdAdminScreen);
