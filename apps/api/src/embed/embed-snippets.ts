import type { Dialogue, EmbedSnippets, Event } from "@kfd/domain";
import { escapeHtml } from "./html.js";

/**
 * The snippets a web team pastes into the town's CMS. Attribute values are escaped even though
 * ids and slugs are safe today: the snippets end up in other people's pages.
 */
export function embedSnippets(input: { baseUrl: string; dialogue: Dialogue; events: readonly Event[]; registrationOrigins: readonly string[] }): EmbedSnippets {
  const api = escapeHtml(input.baseUrl);
  const slug = input.dialogue.slug;
  const steckbriefUrl = `${input.baseUrl}/steckbrief/${encodeURIComponent(slug)}`;
  return {
    dialogueId: input.dialogue.id,
    slug,
    published: input.dialogue.published,
    script: `<script type="module" src="${api}/widgets/kfd-widgets.js"></script>`,
    card: `<kfd-steckbrief-card api="${api}" dialogue="${escapeHtml(slug)}" lang="de"></kfd-steckbrief-card>`,
    cardIframe: `<iframe src="${api}/embed/steckbrief/${escapeHtml(encodeURIComponent(slug))}" title="${escapeHtml(`Steckbrief: ${input.dialogue.title}`)}" width="640" height="720" loading="lazy" style="border:0;max-width:100%"></iframe>`,
    map: `<kfd-results-map api="${api}" lang="de"></kfd-results-map>`,
    oembedUrl: `${input.baseUrl}/oembed?url=${encodeURIComponent(steckbriefUrl)}`,
    steckbriefUrl,
    events: input.events
      .filter((e) => e.status !== "cancelled")
      .map((e) => ({ eventId: e.id, title: e.title, form: `<kfd-registration-form api="${api}" event="${escapeHtml(e.id)}" lang="de"></kfd-registration-form>` })),
    registrationOrigins: [...input.registrationOrigins],
  };
}
