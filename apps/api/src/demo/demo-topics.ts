import { STANDARD_TOPICS, type StandardTopicSlug, type Topic } from "@kfd/domain";

export function standardTopic(slug: StandardTopicSlug): Topic {
  const found = STANDARD_TOPICS.find((t) => t.slug === slug);
  if (!found) throw new Error(`unknown standard topic ${slug}`);
  return { slug: found.slug, label: found.label };
}

/** Topics a Steckbrief names that none of the five standard fields covers (seed 001: "können auch variieren"). */
export const CUSTOM_TOPICS = {
  frauen: { slug: "frauen", label: "Frauen" },
  integrationspolitik: { slug: "integrationspolitik", label: "Integrationspolitik der Stadt" },
  integrationsstrategie: { slug: "integrationsstrategie", label: "Integrationsstrategie" },
  vernetzung: { slug: "vernetzung", label: "Vernetzung der Akteure" },
  ehrenamt: { slug: "ehrenamt", label: "Ehrenamtliches Engagement" },
} as const satisfies Record<string, Topic>;
