import { D, type Dec } from "../money.js";
import { PENALTY_TYPES } from "../schema/vocabulary.js";
import type { OffenseAssessment } from "./assess-offense.js";

/**
 * The order "lighter" of 行政处罚法第三十七条, as a key compared left to right: no penalty; then a
 * lighter heaviest penalty type; fewer penalty types; a lower statutory maximum fine; a lower
 * recommended fine.
 */
function key(a: OffenseAssessment): [number, number, number, Dec, Dec] {
  const r = a.result;
  if (r.outcome === "no-penalty" || r.outcome === "time-barred" || r.outcome === "measures-only") return [0, 0, 0, D(0), D(0)];
  const ranks = r.penalties.map((p) => PENALTY_TYPES[p.type].rank);
  return [1, Math.max(0, ...ranks), ranks.length, a.figures?.statutory.max ?? D(0), a.figures?.recommended.point ?? D(0)];
}

/** Negative when `a` is lighter than `b`, positive when heavier, zero when equal. */
export function compareSeverity(a: OffenseAssessment, b: OffenseAssessment): number {
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return (ka[i] as number) - (kb[i] as number);
  return ka[3].cmp(kb[3]) || ka[4].cmp(kb[4]);
}

/** The heavier fine of two provisions for one act (art. 29): higher statutory maximum, then higher point. */
export function compareFine(a: OffenseAssessment, b: OffenseAssessment): number {
  const ma = a.figures?.statutory.max ?? D(-1);
  const mb = b.figures?.statutory.max ?? D(-1);
  return ma.cmp(mb) || (a.figures?.recommended.point ?? D(-1)).cmp(b.figures?.recommended.point ?? D(-1));
}
