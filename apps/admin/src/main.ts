import { KfdAdminApp } from "./app.js";
import { preferredLocale, setLocale } from "./i18n/i18n.js";

// The language first, so the first render is already in it (no German flash for an Arabic reader).
// Screens are not defined here: the shell downloads each when it is first shown (screen-loader.ts).
void setLocale(preferredLocale(), { remember: false }).finally(() => customElements.define("kfd-admin-app", KfdAdminApp));
