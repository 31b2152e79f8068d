import { D, type Dec } from "../money.js";
import { PENALTY_TYPES } from "../schema/vocabulary.js";
import type { OffenseAssessment } from "./context.js";
import { recommendedBounds } from "./fine.js";

const ZERO = D(0);
const NONE = D(-1);

/**
 * The order "lighter" of 行政处罚法第三十七条, as a key compared left to right: no penalty; then a
 * lighter heaviest penalty type; fewer penalty types; a lower statutory maximum fine; a lower
 * recommended fine.
 */
function key(a: OffenseAssessment): [number, number, number, Dec, Dec] {
  // Left to individual decision (a declared gap): never shown lighter than a version that decides.
  if (a.outcome === "individual-decision") return [2, 0, 0, ZERO, ZERO];
  if (a.outcome === "no-penalty" || a.outcome === "time-barred" || a.outcome === "measures-only") return [0, 0, 0, ZERO, ZERO];
  const ranks = a.penalties.map((p) => PENALTY_TYPES[p.type].rank);
  const figures = a.fine?.figures;
  return [1, Math.max(0, ...ranks), ranks.length, figures?.statutory.max ?? ZERO, figures ? recommendedBounds(figures.recommended).high : ZERO];
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
  const fa = a.fine?.figures;
  const fb = b.fine?.figures;
  const high = (f: typeof fa) => (f ? recommendedBounds(f.recommended).high : NONE);
  return (fa?.statutory.max ?? NONE).cmp(fb?.statutory.max ?? NONE) || high(fa).cmp(high(fb));
}
