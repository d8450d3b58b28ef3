import { html, nothing, type ReactiveElement } from "lit";
import { t } from "./i18n/i18n.js";
import { loadScreen, screenStatus, type ScreenName } from "./screen-loader.js";

/**
 * What `host` shows in place of a screen: the screen once its chunk is there, the loading text
 * until then (never an element that is not defined yet), and an alert with a reload link if the
 * chunk could not be downloaded. `heading` gives that alert the page's h1, for the shell, whose
 * focus moves to the h1 of each new page.
 */
export function lazyScreen(host: ReactiveElement, name: ScreenName, screen: () => unknown, { heading = false } = {}): unknown {
  switch (screenStatus(name)) {
    case "loaded":
      return screen();
    case "failed":
      return loadFailed(heading);
    default:
      void loadScreen(name).then(() => host.requestUpdate());
      return html`<p>${t("common.loading")}</p>`;
  }
}

function loadFailed(heading: boolean) {
  return html`${heading ? html`<h1 tabindex="-1">${t("shell.loadFailed.heading")}</h1>` : nothing}
    <div class="alert" role="alert">${t("shell.loadFailed.text")} <a href=${location.href} @click=${reload}>${t("shell.loadFailed.reload")}</a></div>`;
}

/** A real reload, not the shell's in-page navigation: it fetches the current release's files. */
function reload(e: Event): void {
  e.preventDefault();
  location.reload();
}
