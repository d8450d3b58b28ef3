import { define } from "../base/index.js";
import { KfdStats } from "./stats.component.js";

export { KfdStats };

define("kfd-stats", KfdStats);

declare global {
  interface HTMLElementTagNameMap {
    "kfd-stats": KfdStats;
  }
}
