import type { ConditionT, FactConditionT } from "../schema/condition.js";
import { asComparison, circumstanceOfKey } from "./circumstance-atom.js";
import { compileCondition, type CompiledCondition, type ConditionFacts, type ConstantCache } from "./compile.js";

export type { ConditionFacts } from "./compile.js";

const NONE: ReadonlySet<string> = new Set();

/** One named condition of a group; an entry without `when` always holds. */
export interface PreparedEntry {
  readonly id: string;
  readonly when: ConditionT | undefined;
  readonly test: CompiledCondition | null;
}

/**
 * An entry whose condition is compiled when it is first tested. A pack repeats its conditions, and
 * the load checks each distinct group once (check-conditions.ts): most rows' conditions are first
 * tested by an assessment, and a row never assessed is never compiled.
 */
class LazyEntry implements PreparedEntry {
  private compiled: CompiledCondition | null | undefined;

  constructor(
    readonly id: string,
    readonly when: ConditionT | undefined,
    private readonly constants: ConstantCache,
  ) {}

  get test(): CompiledCondition | null {
    if (this.compiled === undefined) this.compiled = this.when ? compileCondition(this.when, this.constants) : null;
    return this.compiled;
  }
}

/**
 * A named group of conditions on one offense's facts (its tiers, say), prepared once at load; each
 * condition is compiled once, when it is first tested.
 * Matching is synchronous; the compiled conditions are all it keeps between calls.
 */
export class PreparedConditions {
  readonly entries: readonly PreparedEntry[];
  /** Every fact any condition of the group reads, in the order the conditions first name them. */
  readonly facts: readonly string[];

  constructor(
    entries: ReadonlyArray<{ id: string; when?: ConditionT | undefined }>,
    /** Facts that may be absent from a case (FactDecl.requiredWhen). */
    readonly mayBeAbsent: ReadonlySet<string> = NONE,
    constants: ConstantCache = new Map(),
  ) {
    const facts = new Set<string>();
    this.entries = entries.map(({ id, when }) => {
      if (when) collectFacts(when, facts);
      return new LazyEntry(id, when, constants);
    });
    this.facts = [...facts];
  }

  /**
   * Ids of the entries whose conditions hold. A fact the conditions read but `facts` lacks throws
   * MissingFactsError: never a silent "false". A circumstance absent from `facts` is not recorded,
   * and a fact in `mayBeAbsent` (one required only when another fact has a value) may be absent: a
   * comparison with an absent fact is false, as in json-rules-engine.
   */
  matching(facts: ConditionFacts): string[] {
    const missing = this.facts.filter((f) => facts[f] === undefined && circumstanceOfKey(f) === undefined && !this.mayBeAbsent.has(f));
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

/** Fact names read by a condition tree (a circumstance as `circumstance:<id>`). */
export function collectFacts(c: ConditionT, into: Set<string>): Set<string> {
  if ("all" in c) c.all.forEach((x) => collectFacts(x, into));
  else if ("any" in c) c.any.forEach((x) => collectFacts(x, into));
  else if ("not" in c) collectFacts(c.not, into);
  else into.add("circumstance" in c ? asComparison(c).fact : c.fact);
  return into;
}

/** Every comparison of a condition tree, for static checks; a circumstance as `circumstance:<id>` equal true. */
export function comparisons(c: ConditionT): FactConditionT[] {
  const out: FactConditionT[] = [];
  eachComparison(c, [], (cmp) => out.push(cmp));
  return out;
}

/**
 * Calls `visit` with every comparison of a condition tree (a circumstance as `circumstance:<id>`
 * equal true) and its JSON path under `path`, so a check can point at it. The path is the one array
 * given, extended and restored as the tree is walked (a check that finds nothing builds no path):
 * `visit` copies it to keep it.
 */
export function eachComparison(c: ConditionT, path: Array<string | number>, visit: (cmp: FactConditionT, path: ReadonlyArray<string | number>) => void): void {
  if ("all" in c || "any" in c) {
    const [key, list] = "all" in c ? ["all", c.all] : ["any", c.any];
    path.push(key, 0);
    for (let i = 0; i < list.length; i++) {
      path[path.length - 1] = i;
      eachComparison(list[i] as ConditionT, path, visit);
    }
    path.length -= 2;
  } else if ("not" in c) {
    path.push("not");
    eachComparison(c.not, path, visit);
    path.pop();
  } else visit("circumstance" in c ? asComparison(c) : c, path);
}
