import { Decimal } from "decimal.js";
import { parseDecimal } from "../money.js";
import type { Operator } from "../schema/condition.js";

/**
 * What each operator of a rule condition means, written once. Money compares as decimals, never
 * with JS `<` on floats nor as strings: numeric facts arrive as Decimal instances, rule values may
 * be decimal strings or JSON numbers; ISO dates compare as strings. The compiled conditions
 * (compile.ts) and the json-rules-engine reference (reference.ts) both call these functions.
 */
export function num(v: unknown): Decimal | undefined {
  if (Decimal.isDecimal(v)) return v as Decimal;
  return typeof v === "number" || typeof v === "string" ? parseDecimal(v) : undefined;
}

/** `equal` of a fact and a value (`vNum`: the value as a number, when it is one). */
export function same(fact: unknown, value: unknown, vNum: Decimal | undefined = num(value)): boolean {
  if (Decimal.isDecimal(fact) && vNum) return (fact as Decimal).eq(vNum);
  return fact === value;
}

/** The order of a fact and a value, or undefined when they do not compare. */
export function order(fact: unknown, value: unknown, vNum: Decimal | undefined = num(value)): number | undefined {
  const x = num(fact);
  if (x && vNum) return x.cmp(vNum);
  if (typeof fact === "string" && typeof value === "string") return fact < value ? -1 : fact > value ? 1 : 0;
  return undefined;
}

/** Order tests of the comparison operators. */
export const ORDER_TESTS: Partial<Record<Operator, (c: number) => boolean>> = {
  lessThan: (c) => c < 0,
  lessThanInclusive: (c) => c <= 0,
  greaterThan: (c) => c > 0,
  greaterThanInclusive: (c) => c >= 0,
};

/** The operator applied to a fact and a value, as json-rules-engine calls an operator. */
export function applyOperator(operator: Operator, fact: unknown, value: unknown): boolean {
  switch (operator) {
    case "equal":
      return same(fact, value);
    case "notEqual":
      return !same(fact, value);
    case "in":
      return Array.isArray(value) && value.some((v) => same(fact, v));
    case "notIn":
      return Array.isArray(value) && !value.some((v) => same(fact, v));
    default: {
      const c = order(fact, value);
      return c !== undefined && (ORDER_TESTS[operator] as (c: number) => boolean)(c);
    }
  }
}
