import type { ExplanationEntryT } from "../schema/assessment.js";
import { addYears } from "../dates.js";
import type { OffenseContext } from "./context.js";
import { explain } from "./explain.js";

/**
 * 行政处罚法第三十六条: not discovered within two years of the act (or of its end, if continuing):
 * no penalty. Five years where the offense touches life, health or financial safety and had
 * harmful consequences; the offense row may set another period where its law does.
 */
export function timeBar({ offense, input: { dates }, applied }: OffenseContext): { barred: boolean; explanation: ExplanationEntryT } {
  const { limitation } = offense.def;
  const start = dates.actEnded ?? dates.act;
  const harm = applied.filter((c) => c.harm);
  const years = limitation.extendedIfHarm && harm.length > 0 ? Math.max(5, limitation.years) : limitation.years;
  const basis = ["行政处罚法第三十六条", ...(limitation.basis ? [limitation.basis] : [])];
  const ends = addYears(start, years);
  const why = years > limitation.years ? `（涉及生命健康安全且有危害后果：${harm.map((c) => c.title).join("、")}）` : "";
  const whyEn = years > limitation.years ? " (life or health safety with harmful consequences)" : "";
  if (!dates.discovered) {
    return { barred: false, explanation: explain("time-bar", `未提供发现日期，无法核对 ${years} 年追责时效（自 ${start} 起至 ${ends}）${why}`, `No discovery date: the ${years}-year period (from ${start} to ${ends}) cannot be checked${whyEn}`, basis) };
  }
  const barred = dates.discovered > ends;
  return {
    barred,
    explanation: barred
      ? explain("time-bar", `违法行为自 ${start} 起 ${years} 年内（至 ${ends}）未被发现，${dates.discovered} 方发现，不再给予行政处罚${why}`, `Not discovered within ${years} years of ${start} (by ${ends}); discovered ${dates.discovered}: no penalty${whyEn}`, basis)
      : explain("time-bar", `${dates.discovered} 发现，在自 ${start} 起 ${years} 年的追责时效内${why}`, `Discovered ${dates.discovered}, within ${years} years of ${start}${whyEn}`, basis),
  };
}
