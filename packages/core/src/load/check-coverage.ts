import type { PreparedConditions } from "../conditions/prepared.js";
import { BoxAlgebra, TooComplex, type Box } from "./boxes.js";
import type { Finding } from "./check-conditions.js";
import type { Axis } from "./regions.js";

/**
 * Tiers must not overlap nor leave a gap. Each condition becomes the union of the boxes of fact
 * regions where it holds (boxes.ts); two tiers overlap where their boxes meet, and a gap is what
 * no box covers. This decides the question exactly, whatever the number of facts, `any` across
 * facts included; only a condition past MAX_BOXES is left to run time, where each case is still
 * checked. The same holds for a fine chosen by condition.
 */
export function coverageFindings(group: PreparedConditions, axes: readonly Axis[], [zhWhat, enWhat]: [string, string]): Finding[] {
  const algebra = new BoxAlgebra(axes);
  let covered: Box[][];
  try {
    covered = group.entries.map((e) => (e.when ? algebra.of(e.when) : algebra.everything()));
  } catch (err) {
    if (err instanceof TooComplex) return [];
    throw err;
  }
  const out: Finding[] = [];
  const gap = algebra.firstCase(tryOr(() => covered.reduce((rest, boxes) => boxes.reduce((r, b) => algebra.minus(r, b), rest), algebra.everything())));
  const overlaps: Box[] = [];
  covered.forEach((a, i) => covered.slice(i + 1).forEach((b) => overlaps.push(...tryOr(() => algebra.intersect(a, b)))));
  const overlap = algebra.firstCase(overlaps);
  if (gap) {
    out.push({ code: "TIERS_GAP", zh: `${zhWhat}留有空档：${describe(gap)} 时没有任何${zhWhat}适用`, en: `The ${enWhat} leave a gap: none applies when ${describe(gap)}` });
  }
  if (overlap) {
    const ids = group.matching(overlap);
    out.push({ code: "TIERS_OVERLAP", zh: `${zhWhat}重叠：${describe(overlap)} 时 ${ids.join("、")} 同时适用`, en: `The ${enWhat} overlap: ${ids.join(", ")} all apply when ${describe(overlap)}` });
  }
  return out;
}

/** A part too complex to decide contributes no finding (run time checks each case). */
function tryOr(f: () => Box[]): Box[] {
  try {
    return f();
  } catch (err) {
    if (err instanceof TooComplex) return [];
    throw err;
  }
}

export function describe(point: Readonly<Record<string, unknown>>): string {
  return Object.entries(point).map(([k, v]) => `${k}=${String(v)}`).join(", ") || "(no facts)";
}
