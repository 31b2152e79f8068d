import { comparisons, type PreparedConditions } from "../conditions/prepared.js";
import type { CompiledOffense } from "../model.js";
import { D, parseDecimal, type Dec } from "../money.js";
import { isoOf, parseIsoDate } from "../dates.js";
import type { FactDeclT } from "../schema/ruleset.js";

/**
 * The values a fact can take, cut into regions by the constants the conditions compare it with:
 * each threshold on its own, and the open intervals between them (empty ones left out: there is no
 * integer strictly between 3 and 4, no amount in fen between 0.01 and 0.02). Every comparison has
 * one truth value in a region, so one representative value per region decides it for all.
 */
export interface Axis {
  readonly fact: string;
  /** One value per region, in ascending order (declared order for enums, true before false). */
  readonly reps: readonly unknown[];
}

/** The axis of a fact, or null when the constants do not fit its type (the question is left to run time). */
export function axisOf(decl: FactDeclT, constants: readonly unknown[]): Axis | null {
  switch (decl.type) {
    case "boolean":
      return { fact: decl.name, reps: [true, false] };
    case "enum":
      return { fact: decl.name, reps: (decl.values ?? []).map((v) => v.value) };
    case "date":
      return dateAxis(decl.name, constants);
    default:
      return numberAxis(decl, constants);
  }
}

/** The smallest value of the fact's domain strictly above `t` (money in fen, integers, any number). */
type Above = (t: Dec, next: Dec | undefined) => Dec;

function numberAxis(decl: FactDeclT, constants: readonly unknown[]): Axis | null {
  const ts: Dec[] = [];
  for (const c of constants) {
    const t = typeof c === "string" || typeof c === "number" ? parseDecimal(c) : undefined;
    if (!t) return null;
    ts.push(t);
  }
  const sorted = [...new Map(ts.map((t) => [t.toString(), t])).values()].sort((a, b) => a.cmp(b)).filter((t) => t.gte(0));
  const scale = decl.type === "integer" ? 0 : decl.type === "money" ? 2 : null;
  const inDomain = (v: Dec) => scale === null || v.decimalPlaces() <= scale;
  const above: Above =
    scale === null
      ? (t, next) => (next ? t.plus(next).div(2) : t.plus(1))
      : (t) => t.toDecimalPlaces(scale, D.ROUND_FLOOR).plus(D(10).pow(-scale));
  const reps: Dec[] = [];
  const zero = D(0);
  if (sorted.length === 0 || sorted[0]?.gt(0)) reps.push(zero);
  sorted.forEach((t, i) => {
    const next = sorted[i + 1];
    if (inDomain(t)) reps.push(t);
    const r = above(t, next);
    if (!next || r.lt(next)) reps.push(r);
  });
  return { fact: decl.name, reps };
}

function dateAxis(fact: string, constants: readonly unknown[]): Axis | null {
  const days: number[] = [];
  for (const c of constants) {
    const day = typeof c === "string" ? parseIsoDate(c) : undefined;
    if (day === undefined) return null;
    days.push(day);
  }
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const reps: string[] = [];
  if (sorted.length === 0) return { fact, reps: ["2000-01-01"] };
  reps.push(isoOf((sorted[0] as number) - 1));
  sorted.forEach((d, i) => {
    reps.push(isoOf(d));
    const next = sorted[i + 1];
    if (next === undefined || d + 1 < next) reps.push(isoOf(d + 1));
  });
  return { fact, reps };
}

/** The axis of every fact the group reads, in the order the conditions name them; null when one cannot be cut into regions. */
export function axesOf(o: CompiledOffense, group: PreparedConditions): Axis[] | null {
  const axes: Axis[] = [];
  for (const [fact, values] of constantsByFact(group)) {
    const decl = o.facts.get(fact);
    const axis = decl ? axisOf(decl, values) : null;
    if (!axis) return null;
    axes.push(axis);
  }
  return axes;
}

/** The constants the group compares each fact with, facts in the order the conditions name them. */
export function constantsByFact(group: PreparedConditions): Map<string, unknown[]> {
  const constants = new Map<string, unknown[]>(group.facts.map((f) => [f, []]));
  for (const e of group.entries) {
    if (!e.when) continue;
    for (const cmp of comparisons(e.when)) (constants.get(cmp.fact) as unknown[]).push(...(Array.isArray(cmp.value) ? cmp.value : [cmp.value]));
  }
  return constants;
}
