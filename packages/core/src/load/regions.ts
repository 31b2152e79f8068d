import { circumstanceOfKey } from "../conditions/circumstance-atom.js";
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
  /**
   * Bit k set where region k is a threshold value itself (「1万元」 of 「1万元以下」/「1万元以上」), not an
   * interval: two tiers that meet only there share a boundary (以上、以下包括本数).
   */
  readonly points: bigint;
}

/** The region of a fact required only sometimes (requiredWhen) that stands for "not given". */
export const ABSENT = undefined;

/** The axis of a fact, or null when the constants do not fit its type (the question is left to run time). */
export function axisOf(decl: FactDeclT, constants: readonly unknown[]): Axis | null {
  const axis = typedAxis(decl, constants);
  // A fact required only sometimes may be absent: one more region, where every comparison is false.
  return axis && decl.requiredWhen ? { ...axis, reps: [...axis.reps, ABSENT] } : axis;
}

function typedAxis(decl: FactDeclT, constants: readonly unknown[]): Axis | null {
  switch (decl.type) {
    case "boolean":
      return { fact: decl.name, reps: [true, false], points: 0n };
    case "enum":
      return { fact: decl.name, reps: (decl.values ?? []).map((v) => v.value), points: 0n };
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
  let points = 0n;
  const zero = D(0);
  if (sorted.length === 0 || sorted[0]?.gt(0)) reps.push(zero);
  sorted.forEach((t, i) => {
    const next = sorted[i + 1];
    if (inDomain(t)) {
      points |= 1n << BigInt(reps.length);
      reps.push(t);
    }
    const r = above(t, next);
    if (!next || r.lt(next)) reps.push(r);
  });
  return { fact: decl.name, reps, points };
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
  let points = 0n;
  if (sorted.length === 0) return { fact, reps: ["2000-01-01"], points };
  reps.push(isoOf((sorted[0] as number) - 1));
  sorted.forEach((d, i) => {
    points |= 1n << BigInt(reps.length);
    reps.push(isoOf(d));
    const next = sorted[i + 1];
    if (next === undefined || d + 1 < next) reps.push(isoOf(d + 1));
  });
  return { fact, reps, points };
}

const CIRCUMSTANCE_DECL: FactDeclT = { name: "circumstance", type: "boolean", title: "情节", required: true };

/** The axis of every fact the group reads, in the order the conditions name them; null when one cannot be cut into regions. */
export function axesOf(o: CompiledOffense, group: PreparedConditions): Axis[] | null {
  const axes: Axis[] = [];
  const constants = constantsByFact(group);
  // A fact required only sometimes brings the facts of its condition: the regions where it is
  // required, and where it is absent, are told apart by them (requiredDomain).
  for (const fact of [...constants.keys()]) {
    const when = o.facts.get(fact)?.requiredWhen;
    if (!when) continue;
    for (const cmp of comparisons(when)) {
      const list = constants.get(cmp.fact) ?? [];
      list.push(...(Array.isArray(cmp.value) ? cmp.value : [cmp.value]));
      constants.set(cmp.fact, list);
    }
  }
  for (const [fact, values] of constants) {
    // A circumstance is a boolean: recorded or not (circumstance-atom.ts).
    const decl = circumstanceOfKey(fact) !== undefined ? CIRCUMSTANCE_DECL : o.facts.get(fact);
    const axis = decl ? axisOf({ ...decl, name: fact }, values) : null;
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
