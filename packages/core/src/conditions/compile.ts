import type { Decimal } from "decimal.js";
import type { ConditionT, FactConditionT } from "../schema/condition.js";
import { asComparison } from "./circumstance-atom.js";
import { num, order, ORDER_TESTS, same } from "./operators.js";

/** Facts as conditions see them: numeric facts as Decimal, the rest as plain values. */
export type ConditionFacts = Readonly<Record<string, unknown>>;

/** A condition compiled to a synchronous test. */
export type CompiledCondition = (facts: ConditionFacts) => boolean;

/**
 * Rule constants already parsed, shared by one load (its checks and the conditions it compiles): a
 * pack repeats its thresholds in every row, and each Decimal parsed is kept as long as the pack.
 */
export type ConstantCache = Map<string | number, Decimal | undefined>;

/**
 * Compiles a condition tree once, at load, into a closure over its values already parsed as
 * decimals. It means what json-rules-engine means by the same tree with the operators of
 * operators.ts: the loader checks the two against each other on every boundary point of every
 * pack (reference.ts), and a property test does so on random facts.
 */
export function compileCondition(c: ConditionT, constants: ConstantCache = new Map()): CompiledCondition {
  if ("all" in c) {
    const parts = c.all.map((x) => compileCondition(x, constants));
    return (f) => parts.every((p) => p(f));
  }
  if ("any" in c) {
    const parts = c.any.map((x) => compileCondition(x, constants));
    return (f) => parts.some((p) => p(f));
  }
  if ("not" in c) {
    const inner = compileCondition(c.not, constants);
    return (f) => !inner(f);
  }
  if ("circumstance" in c) return compileComparison(asComparison(c), constants);
  return compileComparison(c, constants);
}

/** `num` of a rule constant (undefined outside the decimal grammar), through the cache. */
export function constant(v: unknown, constants: ConstantCache): Decimal | undefined {
  if (typeof v !== "string" && typeof v !== "number") return num(v);
  if (constants.has(v)) return constants.get(v);
  const d = num(v);
  constants.set(v, d);
  return d;
}

function compileComparison({ fact, operator, value }: FactConditionT, constants: ConstantCache): CompiledCondition {
  switch (operator) {
    case "equal":
    case "notEqual": {
      const v = constant(value, constants);
      const want = operator === "equal";
      return (f) => same(f[fact], value, v) === want;
    }
    case "in":
    case "notIn": {
      const want = operator === "in";
      if (!Array.isArray(value)) return () => false;
      const list = value.map((v) => [v, constant(v, constants)] as const);
      return (f) => {
        const x = f[fact];
        return list.some(([v, n]) => same(x, v, n)) === want;
      };
    }
    default: {
      const v = constant(value, constants);
      const test = ORDER_TESTS[operator] as (c: number) => boolean;
      return (f) => {
        const c = order(f[fact], value, v);
        return c !== undefined && test(c);
      };
    }
  }
}
