import { Almanac, Engine, Rule, type TopLevelCondition } from "json-rules-engine";
import type { ConditionT } from "../schema/condition.js";
import { installDecimalOperators } from "./operators.js";

/** Facts as handed to conditions: numeric facts as Decimal, the rest as plain values. */
export type ConditionFacts = Readonly<Record<string, unknown>>;

/** A rule never evaluates a JSONPath; the schema forbids `path`, and this resolver refuses one anyway. */
/** json-rules-engine's Rule does these at run time; its type declarations leave them out. */
interface EvaluableRule {
  setEngine(engine: Engine): void;
  evaluate(almanac: Almanac): Promise<{ result: boolean }>;
}

function noPathResolver(): never {
  throw new Error("JSONPath is not allowed in cailiang conditions");
}

/**
 * The conditions of one offense, prepared once at load time. This folder is the only place that
 * touches json-rules-engine.
 *
 * Each offense owns one small Engine holding only the decimal operators, never any rule, and never
 * `run()`: an evaluation builds its own Almanac and calls `Rule.evaluate` directly, so overlapping
 * assessments share no running state (an Engine keeps its run status on the instance), and the
 * cost of an assessment does not grow with the size of the pack.
 */
export class OffenseConditions {
  private readonly engine = new Engine([], { allowUndefinedFacts: false, pathResolver: noPathResolver });

  constructor() {
    installDecimalOperators(this.engine);
  }

  /** A named group of conditions (the tiers, say). */
  prepare(entries: ReadonlyArray<{ id: string; when: ConditionT | undefined }>): PreparedConditions {
    return new PreparedConditions(this.engine, entries);
  }
}

/** A named group of conditions on one offense's facts. */
export class PreparedConditions {
  private readonly rules: Array<{ id: string; rule: EvaluableRule | null }>;
  /** Every fact any condition of the group reads. */
  readonly facts: ReadonlySet<string>;

  constructor(engine: Engine, entries: ReadonlyArray<{ id: string; when: ConditionT | undefined }>) {
    const facts = new Set<string>();
    this.rules = entries.map(({ id, when }) => {
      if (!when) return { id, rule: null };
      collectFacts(when, facts);
      const rule = new Rule({ name: id, conditions: toTopLevel(when), event: { type: id } }) as unknown as EvaluableRule;
      rule.setEngine(engine);
      return { id, rule };
    });
    this.facts = facts;
  }

  /**
   * Ids of the entries whose conditions hold (an entry without conditions always holds).
   * A fact the conditions read but `facts` lacks throws MissingFactsError: never a silent "false".
   */
  async matching(facts: ConditionFacts): Promise<string[]> {
    const missing = [...this.facts].filter((f) => facts[f] === undefined);
    if (missing.length > 0) throw new MissingFactsError(missing);
    const almanac = new Almanac({ allowUndefinedFacts: false, pathResolver: noPathResolver });
    for (const [name, value] of Object.entries(facts)) almanac.addFact(name, value as never);
    const results = await Promise.all(
      this.rules.map(async ({ id, rule }) => (rule ? ((await rule.evaluate(almanac)).result ? id : null) : id)),
    );
    return results.filter((id): id is string => id !== null);
  }
}

export class MissingFactsError extends Error {
  constructor(readonly facts: string[]) {
    super(`conditions need facts that were not given: ${facts.join(", ")}`);
  }
}

function toTopLevel(c: ConditionT): TopLevelCondition {
  if ("all" in c || "any" in c || "not" in c) return c as TopLevelCondition;
  return { all: [c] } as TopLevelCondition;
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
  if ("all" in c) return c.all.flatMap(comparisons);
  if ("any" in c) return c.any.flatMap(comparisons);
  if ("not" in c) return comparisons(c.not);
  return [c];
}
