import * as z from "zod/mini";
import { id } from "../shared/fields.js";

/** Ready-to-paste HTML for a municipality's web team; the `api` attributes point at this server's public address. */
export const embedSnippetsSchema = z.object({
  dialogueId: id,
  slug: z.string(),
  /** Snippets of an unpublished dialogue show nothing on other sites until it is published. */
  published: z.boolean(),
  /** The script tag every widget needs once per page. */
  script: z.string(),
  card: z.string(),
  /** The card as an iframe, for sites that allow no foreign scripts. */
  cardIframe: z.string(),
  map: z.string(),
  oembedUrl: z.string(),
  steckbriefUrl: z.string(),
  events: z.array(z.object({ eventId: id, title: z.string(), form: z.string() })),
  /** Sites allowed to send registrations from an embedded form (the municipality's embed origins). */
  registrationOrigins: z.array(z.string()),
});
export type EmbedSnippets = z.infer<typeof embedSnippetsSchema>;
