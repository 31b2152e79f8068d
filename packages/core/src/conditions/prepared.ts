import type { ConditionT } from "../schema/condition.js";
import { compileCondition, type CompiledCondition, type ConditionFacts } from "./compile.js";

export type { ConditionFacts } from "./compile.js";

/** One named condition of a group; an entry without `when` always holds. */
export interface PreparedEntry {
  readonly id: string;
  readonly when: ConditionT | undefined;
  readonly test: CompiledCondition | null;
}

/**
 * A named group of conditions on one offense's facts (its tiers, say), compiled once at load.
 * Matching is synchronous and shares no state between calls.
 */
export class PreparedConditions {
  readonly entries: readonly PreparedEntry[];
  /** Every fact any condition of the group reads, in the order the conditions first name them. */
  readonly facts: readonly string[];

  constructor(entries: ReadonlyArray<{ id: string; when: ConditionT | undefined }>) {
    const facts = new Set<string>();
    this.entries = entries.map(({ id, when }) => {
      if (when) collectFacts(when, facts);
      return { id, when, test: when ? compileCondition(when) : null };
    });
    this.facts = [...facts];
  }

  /**
   * Ids of the entries whose conditions hold. A fact the conditions read but `facts` lacks throws
   * MissingFactsError: never a silent "false".
   */
  matching(facts: ConditionFacts): string[] {
    const missing = this.facts.filter((f) => facts[f] === undefined);
    if (missing.length > 0) throw new MissingFactsError(missing);
    const out: string[] = [];
    for (const e of this.entries) if (!e.test || e.test(facts)) out.push(e.id);
    return out;
  }
}

export class MissingFactsError extends Error {
  constructor(readonly facts: string[]) {
    super(`conditions need facts that were not given: ${facts.join(", ")}`);
  }
}

/** Fact names read by a condition tree. */
export function collectFacts(c: ConditionT, into: Set<string>): Set<string> {
  if ("all" in c) c.all.forEach((x) => collectFacts(x, into));
  else if ("any" in c) c.any.forEach((x) => collectFacts(x, into));
  else if ("not" in c) collectFacts(c.not, into);
  else into.add(c.fact);
  return into;
}

/** Every comparison of a condition tree, for static checks. */
export function comparisons(c: ConditionT): Array<Extract<ConditionT, { fact: string }>> {
  return comparisonsAt(c, []).map(([cmp]) => cmp);
}

/** Every comparison of a condition tree with its JSON path under `path`, so a check can point at it. */
export function comparisonsAt<P extends string | number>(c: ConditionT, path: P[]): Array<[Extract<ConditionT, { fact: string }>, Array<P | "all" | "any" | "not" | number>]> {
  if ("all" in c) return c.all.flatMap((x, i) => comparisonsAt(x, [...path, "all", i]));
  if ("any" in c) return c.any.flatMap((x, i) => comparisonsAt(x, [...path, "any", i]));
  if ("not" in c) return comparisonsAt(c.not, [...path, "not"]);
  return [[c, path]];
}
