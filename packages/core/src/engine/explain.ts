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
  // The entry owns what it is given: steps build their lists and values afresh for each entry.
  return { step, zh: text.zh, en: text.en, basis: basis as string[], refs: from.rules ? (from.rules as ExplanationRefT[]) : [], values: from.values ? (from.values as Record<string, string>) : {} };
}
