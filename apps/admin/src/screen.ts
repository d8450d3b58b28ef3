import { LitElement } from "lit";

/**
 * Screens render into the light DOM: one stylesheet for the whole console, and the page's
 * landmarks, headings and labels stay one document for screen readers and axe.
 */
export class Screen extends LitElement {
  protected override createRenderRoot(): HTMLElement {
    return this;
  }
}
