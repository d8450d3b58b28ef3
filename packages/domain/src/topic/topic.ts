import * as z from "zod/mini";
import { slug, text } from "../shared/fields.js";

/** The five fields the seeds name; municipalities add their own (seed 001). */
export const STANDARD_TOPICS = [
  { slug: "bauen-wohnen", label: "Bauen & Wohnen" },
  { slug: "kindergarten-schule", label: "Kindergarten & Schule" },
  { slug: "ausbildung-arbeit", label: "Ausbildung & Arbeit" },
  { slug: "gemeinschaft-nachbarschaft", label: "Gemeinschaft & Nachbarschaft" },
  { slug: "infrastruktur-sicherheit", label: "Infrastruktur & Sicherheit" },
] as const;
export type StandardTopicSlug = (typeof STANDARD_TOPICS)[number]["slug"];

export const topicSchema = z.object({ slug, label: text(80) });
export type Topic = z.infer<typeof topicSchema>;

export function isStandardTopic(topicSlug: string): topicSlug is StandardTopicSlug {
  return STANDARD_TOPICS.some((t) => t.slug === topicSlug);
}
