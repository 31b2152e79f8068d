import type { ExplanationEntryT } from "../schema/assessment.js";
import { addYears } from "../dates.js";
import { compileCondition } from "../conditions/compile.js";
import { comparisons } from "../conditions/prepared.js";
import type { ConditionT } from "../schema/condition.js";
import type { CaseFacts } from "./case-input.js";
import { factText } from "./fact-text.js";
import type { OffenseContext } from "./context.js";
import { explain } from "./explain.js";
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
  const harm = [...byCircumstance, ...byFacts];
  const extended = limitation.touchesSafety && harm.length > 0;
  const years = extended ? Math.max(5, limitation.years) : limitation.years;
  const basis = ["行政处罚法第三十六条", ...(limitation.basis ? [limitation.basis] : []), ...(extended && limitation.safetyBasis ? [limitation.safetyBasis] : [])];
  const ends = addYears(start, years);
  const why = extended ? `（涉及公民生命健康安全且有危害后果：${harm.join("、")}）` : "";
  const whyEn = extended ? " (life, health or financial safety, with harmful consequences)" : "";
  const from = { rules: [offenseRef(offense, "limitation")], values: { from: start, years: String(years), ends, ...(dates.discovered ? { discovered: dates.discovered } : {}) } };
  if (!dates.discovered) {
    return { barred: false, explanation: explain("time-bar", `未提供发现日期，无法核对 ${years} 年追责时效（自 ${start} 起至 ${ends}）${why}`, `No discovery date: the ${years}-year period (from ${start} to ${ends}) cannot be checked${whyEn}`, basis, from) };
  }
  const barred = dates.discovered > ends;
  return {
    barred,
    explanation: barred
      ? explain("time-bar", `违法行为自 ${start} 起 ${years} 年内（至 ${ends}）未被发现，${dates.discovered} 方发现，不再给予行政处罚${why}`, `Not discovered within ${years} years of ${start} (by ${ends}); discovered ${dates.discovered}: no penalty${whyEn}`, basis, from)
      : explain("time-bar", `${dates.discovered} 发现，在自 ${start} 起 ${years} 年的追责时效内${why}`, `Discovered ${dates.discovered}, within ${years} years of ${start}${whyEn}`, basis, from),
  };
}
