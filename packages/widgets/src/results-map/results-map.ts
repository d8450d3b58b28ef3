import { define } from "../base/define.js";
import { KfdResultsMap } from "./results-map.component.js";

export { KfdResultsMap };

define("kfd-results-map", KfdResultsMap);

declare global {
  interface HTMLElementTagNameMap {
    "kfd-results-map": KfdResultsMap;
  }
}
