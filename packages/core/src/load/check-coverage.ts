import type { PreparedConditions } from "../conditions/prepared.js";
import type { BoundaryTierT } from "../schema/ruleset.js";
import { BoxAlgebra, TooComplex, type Box } from "./boxes.js";
import type { Finding } from "./check-conditions.js";
import { ABSENT, type Axis } from "./regions.js";

/** What a group of conditions must cover, besides its own entries. */
export interface CoverageOptions {
  /**
   * Entries that are declared gaps (offense.gaps), not tiers: they cover their region, but never
   * share a boundary with a tier.
   */
  gaps?: ReadonlySet<string>;
  /** Where two tiers may share a threshold value (以上、以下包括本数), and which takes it; absent = no overlap at all. */
  boundary?: BoundaryTierT | undefined;
  /** The cases that can occur, where some facts are required only sometimes; absent = every combination. */
  domain?: (algebra: BoxAlgebra) => Box[];
  /** How the Chinese message names an entry (「第2阶次“一般”」); absent = by id. */
  names?: ReadonlyMap<string, string>;
}

/**
 * Tiers must not overlap nor leave a gap. Each condition becomes the union of the boxes of fact
 * regions where it holds (boxes.ts); two tiers overlap where their boxes meet, and a gap is what
 * no box covers. This decides the question exactly, whatever the number of facts, `any` across
 * facts included; only a condition past MAX_BOXES is left to run time, where each case is still
 * checked. The same holds for a fine chosen by condition.
 *
 * Two tiers that meet only at a threshold value (「1万元以下」 and 「1万元以上」 both include 1万) share
 * a boundary: allowed exactly when the standard declares which tier takes it (`boundary`).
 */
export function coverageFindings(group: PreparedConditions, axes: readonly Axis[], [zhWhat, enWhat]: readonly [string, string], options: CoverageOptions = {}): Finding[] {
  const algebra = new BoxAlgebra(axes);
  let covered: Box[][];
  let domain: Box[];
  try {
    domain = options.domain ? options.domain(algebra) : algebra.everything();
    covered = group.entries.map((e) => algebra.intersect(domain, e.when ? algebra.of(e.when) : algebra.everything()));
  } catch (err) {
    if (err instanceof TooComplex) return [];
    throw err;
  }
  const out: Finding[] = [];
  const gap = algebra.firstCase(tryOr(() => covered.reduce((rest, boxes) => boxes.reduce((r, b) => algebra.minus(r, b), rest), domain)));
  const overlaps: Box[] = [];
  const isGap = (i: number) => options.gaps?.has(group.entries[i]?.id as string) === true;
  covered.forEach((a, i) =>
    covered.slice(i + 1).forEach((b, k) => {
      const both = tryOr(() => algebra.intersect(a, b));
      const j = i + 1 + k;
      if (!options.boundary || isGap(i) || isGap(j)) overlaps.push(...both);
      else overlaps.push(...algebra.offBoundary(both));
    }),
  );
  const overlap = algebra.firstCase(overlaps);
  if (gap) {
    out.push({ code: "TIERS_GAP", zh: `${zhWhat}留有空档：${describe(gap)} 时没有任何${zhWhat}适用`, en: `The ${enWhat} leave a gap: none applies when ${describe(gap)}` });
  }
  if (overlap) {
    const ids = group.matching(overlap);
    const hint = !options.boundary && algebra.offBoundary(overlaps).length === 0
      ? "（仅在分界值上重叠：以上、以下均包括本数，请在 settings.boundary 或本行 boundary 中写明分界值归哪一阶次）"
      : "";
    const hintEn = hint ? " (only at a threshold value: declare which tier takes it in settings.boundary or the offense's boundary)" : "";
    const named = ids.map((id) => options.names?.get(id) ?? id);
    out.push({ code: "TIERS_OVERLAP", zh: `${zhWhat}重叠：${describe(overlap)} 时 ${named.join("、")} 同时适用${hint}`, en: `The ${enWhat} overlap: ${ids.join(", ")} all apply when ${describe(overlap)}${hintEn}` });
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
  return Object.entries(point).map(([k, v]) => `${k}=${v === ABSENT ? "（未填）" : String(v)}`).join(", ") || "(no facts)";
}
