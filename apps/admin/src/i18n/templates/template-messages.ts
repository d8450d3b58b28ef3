import type { TemplateMethod } from "@kfd/domain";

/**
 * A method template's text, named by where it stands: the summary of a method, the title or
 * description of a Musterablauf step (by the step's key), a checklist item (by its key).
 */
export type TemplateMessageId = `summary.${TemplateMethod}` | `agenda.${string}.title` | `agenda.${string}.description` | `checklist.${string}`;

/**
 * The method templates in one language other than German. The German is not repeated here:
 * @kfd/domain holds it and the API serves it, so a text missing here shows in German.
 */
export type TemplateMessages = Partial<Record<TemplateMessageId, string>>;
