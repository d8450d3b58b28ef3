/*
 * The demo page's only script (the API serves this page under a strict CSP: nothing inline).
 * 1. The registration form needs an event id, which changes whenever the demo data is loaded
 *    anew; the dialogue's slug does not. So we read the dialogue's public Steckbrief, which
 *    lists its events, and hand the next scheduled one to the form.
 * 2. The language buttons set `lang` on every kfd widget; the widgets translate themselves.
 */
const DEMO_DIALOGUE = "demo-dialogabend-nachbarschaft";
const WIDGETS = "kfd-registration-form, kfd-steckbrief-card, kfd-results-map";
const LANGUAGES = ["de", "en", "ar", "fa", "uk", "tr"];

async function fillInDemoEvent() {
  const form = document.getElementById("anmeldung");
  if (!form || form.getAttribute("event")) return;
  const api = (form.getAttribute("api") ?? "").replace(/\/+$/, "");
  try {
    const response = await fetch(`${api}/v1/dialogues/${DEMO_DIALOGUE}/steckbrief`, { headers: { accept: "application/json" } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const steckbrief = await response.json();
    const now = Date.now();
    const next = steckbrief.events
      .filter((e) => e.status === "scheduled" && Date.parse(e.endsAt) > now)
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];
    if (!next) throw new Error("no upcoming event");
    form.setAttribute("event", next.id);
  } catch (error) {
    const notice = document.createElement("p");
    notice.className = "notice";
    notice.setAttribute("role", "status");
    notice.textContent = "Zurzeit ist keine Veranstaltung zur Anmeldung geöffnet.";
    form.after(notice);
    console.info("kfd demo: no event to register for:", error);
  }
}

function setLanguage(lang) {
  for (const widget of document.querySelectorAll(WIDGETS)) widget.setAttribute("lang", lang);
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
  }
  const url = new URL(location.href);
  if (lang === "de") url.searchParams.delete("lang");
  else url.searchParams.set("lang", lang);
  history.replaceState(null, "", url);
}

for (const button of document.querySelectorAll("[data-lang]")) {
  button.addEventListener("click", () => setLanguage(button.dataset.lang));
}
const requested = new URL(location.href).searchParams.get("lang");
if (requested && LANGUAGES.includes(requested)) setLanguage(requested);

void fillInDemoEvent();
