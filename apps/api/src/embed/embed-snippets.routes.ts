import { findEmbedOrigins, listEvents } from "@kfd/db";
import { embedSnippetsSchema } from "@kfd/domain";
import { principalOf } from "../auth/principal-of.js";
import { managedDialogue } from "../dialogue/managed-dialogue.js";
import type { AppServices } from "../services.js";
import { embedSnippets } from "./embed-snippets.js";

export function registerEmbedSnippetRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "get",
      path: "/v1/dialogues/{idOrSlug}/embed-snippets",
      operationId: "getEmbedSnippets",
      tag: "Dialogues",
      summary: "Ready-to-paste HTML: registration form per event, Steckbrief card (widget or iframe), results map, oEmbed URL (staff)",
      description:
        "Addresses use KFD_PUBLIC_URL. `registrationOrigins` lists the sites that may send registrations from an embedded form (the municipality's embed origins plus KFD_EMBED_ORIGINS); a form on any other site is refused. Cancelled events are left out.",
      access: "admin",
      params: { idOrSlug: "The dialogue's id or its slug." },
      responses: { 200: { description: "The snippets.", schema: embedSnippetsSchema } },
      problems: [403, 404],
    },
    async (c, { param }) => {
      const dialogue = await managedDialogue(s, principalOf(c), param("idOrSlug"));
      const origins = [...(await findEmbedOrigins(s.db, dialogue.municipality.ags)), ...s.config.embedOrigins];
      return c.json(
        embedSnippets({ baseUrl: s.config.publicUrl, dialogue, events: await listEvents(s.db, dialogue.id), registrationOrigins: [...new Set(origins)] }),
      );
    },
  );
}
