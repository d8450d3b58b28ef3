import type { ActorGroup, AnalysisQuestion, EventStatus, MeasureStatus, Method, MunicipalityKind, Phase, RegistrationStatus, ResultKind, Role } from "@kfd/domain";
import { hasMessage, t } from "./i18n.js";

/*
 * The domain's *_LABELS are German only; the console speaks six languages, so it names the
 * domain's values from its own catalogue. The template types make a missing key a type error.
 */
export const phaseLabel = (phase: Phase): string => t(`phase.${phase}`);
export const methodLabel = (method: Method): string => t(`method.${method}`);
export const actorGroupLabel = (group: ActorGroup): string => t(`actorGroup.${group}`);
export const resultKindLabel = (kind: ResultKind): string => t(`resultKind.${kind}`);
export const measureStatusLabel = (status: MeasureStatus): string => t(`measureStatus.${status}`);
export const analysisQuestionLabel = (question: AnalysisQuestion): string => t(`analysis.${question}`);
export const municipalityKindLabel = (kind: MunicipalityKind): string => t(`municipalityKind.${kind}`);
export const roleLabel = (role: Role): string => t(`role.${role}`);
export const eventStatusLabel = (status: EventStatus): string => t(`eventStatus.${status}`);
export const registrationStatusLabel = (status: RegistrationStatus): string => t(`registrationStatus.${status}`);

/** A standard topic in the console's language; a dialogue's own topic keeps the label it was given. */
export function topicLabel(topic: { slug: string; label: string }): string {
  const id = `topic.${topic.slug}`;
  return hasMessage(id) ? t(id) : topic.label;
}
