import { Engine, type TopLevelCondition } from "json-rules-engine";
import type { ConditionT } from "../schema/condition.js";
import { OPERATORS } from "../schema/condition.js";
import type { ConditionFacts } from "./compile.js";
import { asComparison } from "./circumstance-atom.js";
import { applyOperator } from "./operators.js";

/**
 * json-rules-engine, through its public API only (Engine, addOperator, addRule, run), as the
 * reference for what a condition means. The compiled conditions must agree with it: the loader
 * compares the two on the boundary points of every pack, a property test on random facts. This
 * folder is the only place that touches json-rules-engine.
 */
export class ReferenceConditions {
  private readonly engine = new Engine([], { allowUndefinedFacts: false, pathResolver: noPathResolver });
  private readonly always: string[] = [];

  constructor(entries: ReadonlyArray<{ id: string; when: ConditionT | undefined }>) {
    for (const op of OPERATORS) this.engine.addOperator(op, (fact: unknown, value: unknown) => applyOperator(op, fact, value));
    for (const { id, when } of entries) {
      if (!when) this.always.push(id);
      else this.engine.addRule({ name: id, conditions: toTopLevel(when), event: { type: id } });
    }
  }

  /** Ids of the entries whose conditions hold for `facts`, in no particular order. */
  async matching(facts: ConditionFacts): Promise<string[]> {
    const { events } = await this.engine.run({ ...facts });
    return [...this.always, ...events.map((e) => e.type)];
  }
}

/** A rule never evaluates a JSONPath; the schema forbids `path`, and this resolver refuses one anyway. */
function noPathResolver(): never {
  throw new Error("JSONPath is not allowed in cailiang conditions");
}

function toTopLevel(c: ConditionT): TopLevelCondition {
  const plain = lower(c);
  if ("all" in plain || "any" in plain || "not" in plain) return plain as TopLevelCondition;
  return { all: [plain] } as TopLevelCondition;
}

/** The tree with each circumstance written as the boolean fact it is (circumstance-atom.ts). */
function lower(c: ConditionT): ConditionT {
  if ("all" in c) return { all: c.all.map(lower) };
  if ("any" in c) return { any: c.any.map(lower) };
  if ("not" in c) return { not: lower(c.not) };
  return "circumstance" in c ? asComparison(c) : c;
}
