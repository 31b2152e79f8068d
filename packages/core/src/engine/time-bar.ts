import type { ExplanationEntryT } from "../schema/assessment.js";
import { addYears } from "../dates.js";
import { compileCondition } from "../conditions/compile.js";
import { comparisons } from "../conditions/prepared.js";
import type { ConditionT } from "../schema/condition.js";
import type { CaseFacts } from "./case-input.js";
import { factText } from "./fact-text.js";
import type { OffenseContext } from "./context.js";
import { explain } from "./explain.js";
import { sentence } from "../messages/explanations.js";
import { offenseRef } from "./refs.js";

/** The facts whose own comparison in harmWhen holds: what the explanation names as the harm. */
function harmShownBy(when: ConditionT | undefined, facts: CaseFacts): string[] {
  if (!when) return [];
  return [...new Set(comparisons(when).filter((c) => compileCondition(c)(facts)).map((c) => c.fact))];
}

/**
 * 行政处罚法第三十六条: not discovered within two years of the act (or of its end, if continuing):
 * no penalty. Five years where the act touches citizens' life, health or financial safety and
 * had harmful consequences, shown by a circumstance marked harm or by the row's harm facts
 * (limitation.harmWhen). The row may set another period where its law does.
 */
export function timeBar({ offense, input: { dates }, applied, facts }: OffenseContext): { barred: boolean; explanation: ExplanationEntryT } {
  const { limitation } = offense.def;
  const start = dates.actEnded ?? dates.act;
  const byCircumstance = applied.filter((c) => c.harm).map((c) => c.title);
  const byFacts = offense.harm && offense.harm.matching(facts).length > 0 ? harmShownBy(offense.def.limitation.harmWhen, facts).map((f) => factText(offense, f, facts[f])) : [];
  const shown = [...byCircumstance, ...byFacts];
  const extended = limitation.touchesSafety && shown.length > 0;
  const harm = extended ? shown : [];
  const years = extended ? Math.max(5, limitation.years) : limitation.years;
  const basis = ["行政处罚法第三十六条", ...(limitation.basis ? [limitation.basis] : []), ...(extended && limitation.safetyBasis ? [limitation.safetyBasis] : [])];
  const ends = addYears(start, years);
  const from = { rules: [offenseRef(offense, "limitation")], values: { from: start, years: String(years), ends, ...(dates.discovered ? { discovered: dates.discovered } : {}) } };
  if (!dates.discovered) {
    return { barred: false, explanation: explain("time-bar", sentence.TIME_BAR_NO_DISCOVERY({ years, start, ends, harm }), basis, from) };
  }
  const barred = dates.discovered > ends;
  return {
    barred,
    explanation: barred
      ? explain("time-bar", sentence.TIME_BAR_BARRED({ years, start, ends, discovered: dates.discovered, harm }), basis, from)
      : explain("time-bar", sentence.TIME_BAR_WITHIN({ years, start, discovered: dates.discovered, harm }), basis, from),
  };
}
