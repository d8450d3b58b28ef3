import { define } from "../base/index.js";
import { KfdSteckbriefCard } from "./steckbrief-card.component.js";

export { KfdSteckbriefCard };

define("kfd-steckbrief-card", KfdSteckbriefCard);

declare global {
  interface HTMLElementTagNameMap {
    "kfd-steckbrief-card": KfdSteckbriefCard;
  }
}
