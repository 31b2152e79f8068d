import { comparisons, type PreparedConditions } from "../conditions/prepared.js";
import type { CompiledOffense } from "../model.js";
import { D, type Dec } from "../money.js";
import type { ConditionT } from "../schema/condition.js";
import type { FactDeclT } from "../schema/ruleset.js";
import type { PathIssue } from "./check-ruleset.js";
import type { PathSegment } from "./json-source.js";

/** Above this many sample points the check is left to run time (each case is still checked then). */
const MAX_POINTS = 4096;

/**
 * Tiers must not overlap nor leave a gap. Conditions compare single facts with constants, so the
 * truth of every comparison is constant between consecutive thresholds: one sample per interval
 * (each threshold, a point between each pair, one below and one above), every boolean, every
 * enum value, decides the question exactly. The same holds for a fine chosen by condition.
 */
export async function checkCoverage(o: CompiledOffense, base: PathSegment[]): Promise<PathIssue[]> {
  const out: PathIssue[] = [];
  await checkGroup(o, o.def.tiers.map((t) => t.when), o.tiers, [...base, "tiers"], "阶次", "tiers", out);
  const fine = o.def.statutory.fine;
  if (fine?.kind === "alternatives" && o.fineOptions) {
    await checkGroup(o, fine.options.map((x) => x.when), o.fineOptions, [...base, "statutory", "fine", "options"], "法定罚款选项", "statutory fine options", out);
  }
  return out;
}

async function checkGroup(
  o: CompiledOffense,
  conditions: ReadonlyArray<ConditionT | undefined>,
  prepared: PreparedConditions,
  path: PathSegment[],
  zhWhat: string,
  enWhat: string,
  out: PathIssue[],
): Promise<void> {
  if (conditions.length < 2 && conditions.every((c) => !c)) return;
  const axes = samplesByFact(o.facts, conditions.filter((c): c is ConditionT => Boolean(c)));
  if (!axes) return;
  const total = axes.reduce((n, [, values]) => n * values.length, 1);
  if (total > MAX_POINTS) return;
  let gap: string | null = null;
  let overlap: { ids: string[]; example: string } | null = null;
  for (const point of cartesian(axes)) {
    const matched = await prepared.matching(point);
    if (matched.length === 0 && !gap) gap = describe(point);
    if (matched.length > 1 && !overlap) overlap = { ids: matched, example: describe(point) };
    if (gap && overlap) break;
  }
  if (gap) {
    out.push({ at: path, code: "TIERS_GAP", zh: `${zhWhat}留有空档：${gap} 时没有任何${zhWhat}适用`, en: `The ${enWhat} leave a gap: none applies when ${gap}` });
  }
  if (overlap) {
    out.push({ at: path, code: "TIERS_OVERLAP", zh: `${zhWhat}重叠：${overlap.example} 时 ${overlap.ids.join("、")} 同时适用`, en: `The ${enWhat} overlap: ${overlap.ids.join(", ")} all apply when ${overlap.example}` });
  }
}

type Axis = [string, unknown[]];

/** The sample values of every fact the conditions read; null when a fact is undeclared (reported elsewhere). */
function samplesByFact(facts: ReadonlyMap<string, FactDeclT>, conditions: readonly ConditionT[]): Axis[] | null {
  const thresholds = new Map<string, unknown[]>();
  for (const c of conditions) {
    for (const cmp of comparisons(c)) {
      const list = thresholds.get(cmp.fact) ?? [];
      list.push(...(Array.isArray(cmp.value) ? cmp.value : [cmp.value]));
      thresholds.set(cmp.fact, list);
    }
  }
  const axes: Axis[] = [];
  for (const [name, values] of thresholds) {
    const f = facts.get(name);
    if (!f) return null;
    axes.push([name, samples(f, values)]);
  }
  return axes;
}

function samples(f: FactDeclT, values: unknown[]): unknown[] {
  switch (f.type) {
    case "boolean":
      return [true, false];
    case "enum":
      return (f.values ?? []).map((v) => v.value);
    case "date":
      return [...new Set(values.flatMap((v) => (typeof v === "string" ? [shiftDay(v, -1), v, shiftDay(v, 1)] : [])))];
    default: {
      const ts = [...new Map(values.map((v) => [String(v), D(String(v))])).values()].sort((a, b) => a.cmp(b));
      const points: Dec[] = [D(0)];
      ts.forEach((t, i) => {
        const step = f.type === "integer" ? D(1) : D("0.01");
        points.push(t.minus(step), t, t.plus(step));
        const next = ts[i + 1];
        if (next) points.push(f.type === "integer" ? t.plus(next).div(2).floor() : t.plus(next).div(2));
      });
      return [...new Map(points.filter((p) => p.gte(0)).map((p) => [p.toString(), p])).values()];
    }
  }
}

function shiftDay(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function* cartesian(axes: readonly Axis[]): Generator<Record<string, unknown>> {
  if (axes.length === 0) {
    yield {};
    return;
  }
  const [[name, values], ...rest] = axes as [Axis, ...Axis[]];
  for (const v of values) for (const tail of cartesian(rest)) yield { [name]: v, ...tail };
}

function describe(point: Record<string, unknown>): string {
  return Object.entries(point).map(([k, v]) => `${k}=${String(v)}`).join(", ") || "(no facts)";
}
