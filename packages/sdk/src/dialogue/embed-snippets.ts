import type { EmbedSnippets, Steckbrief } from "@kfd/domain";
import type { ClientOptions, RequestOptions } from "../options.js";
import { request, segment } from "../request.js";

/** Staff: ready-to-paste HTML for the registration form per event, the card, the map, and the oEmbed URL. */
export function getEmbedSnippets(options: ClientOptions, dialogueIdOrSlug: string, call?: RequestOptions): Promise<EmbedSnippets> {
  return request(options, `/v1/dialogues/${segment(dialogueIdOrSlug)}/embed-snippets`, call);
}

/** Staff: the Steckbrief of a dialogue before it is published, exactly as it will be derived. */
export function getSteckbriefPreview(options: ClientOptions, dialogueIdOrSlug: string, call?: RequestOptions): Promise<Steckbrief> {
  return request(options, `/v1/dialogues/${segment(dialogueIdOrSlug)}/steckbrief`, { ...call, query: { preview: "1" } });
}
