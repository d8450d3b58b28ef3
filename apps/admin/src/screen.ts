import { LitElement } from "lit";
import { LOCALE_CHANGED } from "./i18n/i18n.js";

/**
 * Screens render into the light DOM: one stylesheet for the whole console, and the page's
 * landmarks, headings and labels stay one document for screen readers and axe. Each renders
 * again when the language changes, keeping what the person typed and loaded.
 */
export class Screen extends LitElement {
  private onLocaleChanged = () => this.requestUpdate();

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(LOCALE_CHANGED, this.onLocaleChanged);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(LOCALE_CHANGED, this.onLocaleChanged);
  }
}
