import * as z from "zod/mini";
import { longText } from "../shared/fields.js";

/** The five questions of the analysis a facilitator works through with the municipality (seed 001, Vorbereitung). */
export const ANALYSIS_QUESTIONS = ["situation", "existingMeasures", "localTopics", "actors", "design"] as const;
export type AnalysisQuestion = (typeof ANALYSIS_QUESTIONS)[number];

export const ANALYSIS_QUESTION_LABELS: Record<AnalysisQuestion, string> = {
  situation: "Wo stehen wir als Kommune bei der Integration?",
  existingMeasures: "Welche Maßnahmen haben wir getroffen?",
  localTopics: "Welche Themen müssen vor Ort mit den Bürgerinnen und Bürgern diskutiert werden?",
  actors: "Welche Akteure sollten eingebunden sein?",
  design: "Wie kann der Dialog konzipiert sein?",
};

/** The answers so far; a question not yet answered is absent. */
export const analysisSchema = z.partialRecord(z.enum(ANALYSIS_QUESTIONS), z.string());
export type Analysis = Partial<Record<AnalysisQuestion, string>>;

/** Only the answers sent change; an empty string clears one. */
export const updateAnalysisSchema = z.partial(
  z.strictObject({
    situation: longText(4000),
    existingMeasures: longText(4000),
    localTopics: longText(4000),
    actors: longText(4000),
    design: longText(4000),
  }),
);
export type UpdateAnalysisInput = z.input<typeof updateAnalysisSchema>;

/** Merges sent answers into stored ones; empty answers are dropped rather than kept as "". */
export function mergeAnalysis(stored: Analysis, patch: Analysis): Analysis {
  const merged: Analysis = { ...stored };
  for (const question of ANALYSIS_QUESTIONS) {
    const answer = patch[question];
    if (answer === undefined) continue;
    if (answer.trim() === "") delete merged[question];
    else merged[question] = answer;
  }
  return merged;
}
