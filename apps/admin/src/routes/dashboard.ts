import { KfdDashboard } from "../screens/dashboard.js";

customElements.define("kfd-dashboard", KfdDashboard);
