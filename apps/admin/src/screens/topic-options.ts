import { STANDARD_TOPICS, type PublicDialogue } from "@kfd/domain";
import { t } from "../i18n/i18n.js";
import { topicLabel } from "../i18n/labels.js";

/** The dialogue's own topics, or the standard ones while it has none. */
const topicsOf = (d: PublicDialogue): readonly { slug: string; label: string }[] => (d.topics.length ? d.topics : STANDARD_TOPICS);

/** A topic slug as a reader sees it; a slug outside the dialogue's topics stays visible as it is. */
export function topicName(slug: string | null | undefined, d: PublicDialogue): string {
  if (!slug) return t("results.noTopic");
  const topic = [...d.topics, ...STANDARD_TOPICS].find((x) => x.slug === slug);
  return topic ? topicLabel(topic) : slug;
}

/** Options for a topic select: "ohne Thema" first, and the current value even if the dialogue dropped it. */
export function topicOptions(d: PublicDialogue, current?: string | null): { value: string; label: string }[] {
  const topics = topicsOf(d).map((x) => ({ value: x.slug, label: topicLabel(x) }));
  const kept = current && !topics.some((o) => o.value === current) ? [{ value: current, label: topicName(current, d) }] : [];
  return [{ value: "", label: t("results.noTopic") }, ...topics, ...kept];
}
