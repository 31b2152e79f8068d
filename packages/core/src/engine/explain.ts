import type { ExplanationEntryT } from "../schema/assessment.js";

export type Step = ExplanationEntryT["step"];

/** One explanation entry: what was checked, the result, and the articles it rests on. */
export function explain(step: Step, zh: string, en: string, basis: readonly string[] = []): ExplanationEntryT {
  return { step, zh, en, basis: [...basis] };
}

