import { findDialogue, loadSteckbrief } from "@kfd/db";
import { mayManageMunicipality, steckbriefSchema } from "@kfd/domain";
import * as z from "zod/mini";
import { principalOf } from "../auth/principal-of.js";
import { notFound } from "../problem/problem-exception.js";
import { cachedJson } from "../read-model/cached-json.js";
import { readKeys } from "../read-model/read-keys.js";
import type { AppServices } from "../services.js";
import { berlinDate } from "../time/berlin-time.js";

const steckbriefQuery = z.object({ preview: z.optional(z.enum(["1", "true"])) });

export function registerSteckbriefRoutes(s: AppServices): void {
  s.routes.add(
    {
      method: "get",
      path: "/v1/dialogues/{idOrSlug}/steckbrief",
      operationId: "getSteckbrief",
      tag: "Dialogues",
      summary: "The Steckbrief (public profile) of a dialogue",
      description: `Derived from the dialogue, its events, results, measures and Begleitkreise; counts instead of people. Served from the read model (up to ${s.config.readCacheMs} ms old; writes in the same process show at once), with ETag. A token that manages an unpublished dialogue gets a fresh preview. \`?preview=1\` asks for that preview explicitly: it needs a signed-in session or token (401 otherwise) and is never served from the cache.`,
      access: "public",
      params: { idOrSlug: "The dialogue's id or its slug." },
      query: steckbriefQuery,
      responses: { 200: { description: "The Steckbrief.", schema: steckbriefSchema }, 304: { description: "Unchanged since the ETag sent in If-None-Match." } },
      problems: [404],
    },
    async (c, { param, query }) => {
      const idOrSlug = param("idOrSlug");
      const principal = query.preview ? principalOf(c) : c.get("principal");
      if (principal) {
        const dialogue = await findDialogue(s.db, idOrSlug);
        const visible = dialogue && (dialogue.published || mayManageMunicipality(principal, dialogue.municipality.ags));
        const steckbrief = visible ? await loadSteckbrief(s.db, dialogue.id, berlinDate(s.now())) : undefined;
        if (!steckbrief) throw notFound("Dialogue");
        c.header("Cache-Control", "no-store");
        return c.json(steckbrief);
      }
      const read = await s.readCache.read(readKeys.steckbrief(idOrSlug), async () => {
        const steckbrief = await loadSteckbrief(s.db, idOrSlug, berlinDate(s.now()));
        if (!steckbrief?.dialogue.published) return undefined;
        return { body: JSON.stringify(steckbrief), dialogueId: steckbrief.dialogue.id };
      });
      if (!read) throw notFound("Dialogue");
      return cachedJson(c, read);
    },
  );
}
