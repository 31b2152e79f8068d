import type { ExplanationEntryT, ExplanationRefT } from "../schema/assessment.js";

export type Step = ExplanationEntryT["step"];

/** What a step read: the places in the rule data, and the values it used. */
export interface Provenance {
  rules?: ReadonlyArray<Extract<ExplanationRefT, { kind: "rule" }>>;
  values?: Readonly<Record<string, string>>;
}

/**
 * One explanation entry: what was checked, the result, the articles it rests on, and what it read
 * (the articles' texts are attached when the result is written, engine/refs.ts).
 */
export function explain(step: Step, zh: string, en: string, basis: readonly string[] = [], from: Provenance = {}): ExplanationEntryT {
  return { step, zh, en, basis: [...basis], refs: [...(from.rules ?? [])], values: { ...from.values } };
}
