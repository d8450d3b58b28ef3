import * as z from "zod/mini";

/** The three steps of seed 001, plus the end state once the Begleitkreis has done its work. */
export const PHASES = ["preparation", "execution", "implementation", "completed"] as const;
export type Phase = (typeof PHASES)[number];
export const phaseSchema = z.enum(PHASES);

export const PHASE_LABELS: Record<Phase, string> = {
  preparation: "Vorbereitung",
  execution: "Durchführung",
  implementation: "Ergebnisse & Umsetzung",
  completed: "Abgeschlossen",
};

/**
 * A dialogue moves one step at a time. One step back is allowed so that staff can correct
 * a premature move (or hold a further event); skipping a step is not, because each step
 * produces what the next one needs (plan → events → Maßnahmenkatalog).
 */
export function canTransition(from: Phase, to: Phase): boolean {
  return Math.abs(PHASES.indexOf(from) - PHASES.indexOf(to)) === 1;
}

export function allowedNextPhases(from: Phase): Phase[] {
  return PHASES.filter((to) => canTransition(from, to));
}
