import type { MunicipalitySummary } from "@kfd/domain";
import { t } from "../i18n/i18n.js";
import { municipalityKindLabel } from "../i18n/labels.js";

/** "Tübingen (Stadt)": the kind tells the Stadt from the Landkreis of the same name. */
export const municipalityLabel = (m: Pick<MunicipalitySummary, "name" | "kind">): string => t("municipality.withKind", { name: m.name, kind: municipalityKindLabel(m.kind) });
