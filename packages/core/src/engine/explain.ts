import type { Text } from "../messages/catalogue.js";
import type { ExplanationEntryT, ExplanationRefT } from "../schema/assessment.js";

export type Step = ExplanationEntryT["step"];

/** What a step read: the places in the rule data, and the values it used. */
export interface Provenance {
  rules?: ReadonlyArray<Extract<ExplanationRefT, { kind: "rule" }>>;
  values?: Readonly<Record<string, string>>;
}

/**
 * One explanation entry: what was checked, the result (a sentence of messages/explanations.ts),
 * the articles it rests on, and what it read (the articles' texts are attached when the result is
 * written, engine/refs.ts).
 */
export function explain(step: Step, text: Text, basis: readonly string[] = [], from: Provenance = {}): ExplanationEntryT {
  return { step, zh: text.zh, en: text.en, basis: [...basis], refs: [...(from.rules ?? [])], values: { ...from.values } };
}
