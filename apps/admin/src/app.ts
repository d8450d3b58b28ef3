import { html, nothing, type PropertyValues } from "lit";
import { state } from "lit/decorators.js";
import { currentSession, loadSession, SESSION_EXPIRED, SESSION_STARTED, signOut } from "./api.js";
import { currentLocale, LOCALE_NAMES, setLocale, t } from "./i18n/i18n.js";
import { lazyScreen } from "./lazy-screen.js";
import { announce } from "./live.js";
import { LOCALES, type Locale } from "@kfd/domain";
import { BASE, href, navigate, parseRoute, type Route } from "./router.js";
import { Screen } from "./screen.js";
import { loadScreen, screenOf } from "./screen-loader.js";

const OPEN_ROUTES: ReadonlySet<Route["name"]> = new Set(["sign-in", "invitation", "password-forgotten", "password-reset"]);

/** The shell: header, navigation, one main landmark per screen, the live region, and focus on route change. */
export class KfdAdminApp extends Screen {
  @state() private route: Route = parseRoute(location.pathname, location.hash);
  @state() private ready = false;
  private routeChanged = false;

  private onPopState = () => {
    this.route = parseRoute(location.pathname, location.hash);
    this.routeChanged = true;
    this.guard();
  };

  private onClick = (e: MouseEvent) => {
    const link = (e.target as Element).closest?.("a[href^='/admin']");
    if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || link.hasAttribute("download")) return;
    e.preventDefault();
    navigate(link.getAttribute("href")!);
  };

  /** The sign-in screen tells why the person is there, and brings them back afterwards. */
  private onSessionExpired = () => {
    navigate(href("anmelden"));
  };

  private onSessionStarted = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener("popstate", this.onPopState);
    window.addEventListener(SESSION_EXPIRED, this.onSessionExpired);
    window.addEventListener(SESSION_STARTED, this.onSessionStarted);
    this.addEventListener("click", this.onClick);
    // The first screen downloads while the session is asked for, not after.
    const firstScreen = screenOf(this.route);
    if (firstScreen) void loadScreen(firstScreen);
    void loadSession().then(
      () => {
        this.ready = true;
        this.guard();
      },
      () => {
        this.ready = true;
      },
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener("popstate", this.onPopState);
    window.removeEventListener(SESSION_EXPIRED, this.onSessionExpired);
    window.removeEventListener(SESSION_STARTED, this.onSessionStarted);
  }

  /** Every screen but sign-in, the invitation and the two password-reset pages needs a session. */
  private guard(): void {
    const open = OPEN_ROUTES.has(this.route.name);
    if (!open && !currentSession()) navigate(href("anmelden"));
    if (this.route.name === "sign-in" && currentSession()) navigate(`${BASE}/`);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has("route") && this.routeChanged) {
      this.routeChanged = false;
      void this.focusHeading(this.route);
    }
  }

  /**
   * The new screen's heading takes focus, so screen readers announce where the user landed — once
   * the screen's chunk is there and the screen has its data, unless the person has moved on.
   */
  private async focusHeading(route: Route): Promise<void> {
    const screen = screenOf(route);
    if (screen) await loadScreen(screen);
    const h1 = await this.waitForHeading();
    if (!h1 || route !== this.route) return;
    document.title = `${h1.textContent?.trim()} – ${t("shell.titleSuffix")}`;
    h1.focus();
  }

  private async waitForHeading(): Promise<HTMLElement | null> {
    for (let i = 0; i < 40; i++) {
      const h1 = this.querySelector<HTMLElement>("main h1");
      if (h1) return h1;
      await new Promise((r) => setTimeout(r, 50));
    }
    return null;
  }

  private async signOut(): Promise<void> {
    await signOut();
    announce(t("shell.signedOut"));
    navigate(href("anmelden"));
  }

  /** The language choice sits in the header of every screen, sign-in included, each language named in itself. */
  private renderLanguageChoice() {
    return html`<div class="language">
      <label for="kfd-language">${t("shell.language")}</label>
      <select id="kfd-language" @change=${(e: Event) => this.changeLanguage((e.target as HTMLSelectElement).value as Locale)}>
        ${LOCALES.map((l) => html`<option value=${l} lang=${l} ?selected=${l === currentLocale()}>${LOCALE_NAMES[l]}</option>`)}
      </select>
    </div>`;
  }

  private async changeLanguage(locale: Locale): Promise<void> {
    await setLocale(locale);
    const h1 = this.querySelector<HTMLElement>("main h1");
    if (h1) document.title = `${h1.textContent?.trim()} – ${t("shell.titleSuffix")}`;
  }

  private renderMain() {
    if (!this.ready) return html`<p>${t("common.loading")}</p>`;
    const screen = screenOf(this.route);
    return screen ? lazyScreen(this, screen, () => this.renderScreen(), { heading: true }) : this.renderScreen();
  }

  private renderScreen() {
    const r = this.route;
    switch (r.name) {
      case "sign-in":
        return html`<kfd-sign-in></kfd-sign-in>`;
      case "invitation":
        return html`<kfd-invitation-accept .token=${r.token}></kfd-invitation-accept>`;
      case "password-forgotten":
        return html`<kfd-password-forgotten></kfd-password-forgotten>`;
      case "password-reset":
        return html`<kfd-password-reset .token=${r.token}></kfd-password-reset>`;
      case "dashboard":
        return html`<kfd-dashboard></kfd-dashboard>`;
      case "dialogue-new":
        return html`<kfd-dialogue-form></kfd-dialogue-form>`;
      case "dialogue":
        return html`<kfd-dialogue-screen .dialogueId=${r.id} .step=${r.step}></kfd-dialogue-screen>`;
      case "event":
        return html`<kfd-event-screen .eventId=${r.id} .dialogueId=${r.dialogueId}></kfd-event-screen>`;
      case "admin":
        return html`<kfd-admin-screen .section=${r.section}></kfd-admin-screen>`;
      default:
        return html`<h1 tabindex="-1">${t("shell.notFound")}</h1><p><a href="/admin/">${t("shell.toOverview")}</a></p>`;
    }
  }

  override render() {
    const session = currentSession();
    const isAdmin = session?.role === "state-admin";
    return html`<a class="skip-link" href="#main">${t("shell.skipLink")}</a>
      <header class="site-header">
        <div class="brand"><a href="/admin/">kfd <span>${t("shell.brand")}</span></a></div>
        ${this.renderLanguageChoice()}
        ${session
          ? html`<div class="who">
              <span>${t("shell.signedInAs", { name: session.staff?.name || session.label })}</span>
              <button type="button" class="secondary" @click=${() => this.signOut()}>${t("shell.signOut")}</button>
            </div>`
          : nothing}
      </header>
      ${session
        ? html`<nav class="site-nav" aria-label=${t("shell.nav")}>
            <ul>
              <li><a href="/admin/" aria-current=${this.route.name === "dashboard" ? "page" : "false"}>${t("shell.nav.dialogues")}</a></li>
              <li><a href="/admin/dialoge/neu" aria-current=${this.route.name === "dialogue-new" ? "page" : "false"}>${t("shell.nav.newDialogue")}</a></li>
              <li><a href="/admin/verwaltung/postausgang" aria-current=${this.route.name === "admin" && this.route.section === "postausgang" ? "page" : "false"}>${t("shell.nav.outbox")}</a></li>
              ${isAdmin
                ? html`<li><a href="/admin/verwaltung/personen" aria-current=${this.route.name === "admin" && this.route.section !== "postausgang" ? "page" : "false"}>${t("shell.nav.stateAdmin")}</a></li>`
                : nothing}
            </ul>
          </nav>`
        : nothing}
      <main id="main" tabindex="-1">${this.renderMain()}</main>
      <footer class="site-footer"><p>${t("shell.footer")}</p></footer>
      <p id="kfd-live" class="visually-hidden" role="status" aria-live="polite"></p>`;
  }
}
