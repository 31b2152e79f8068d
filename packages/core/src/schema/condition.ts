import { z } from "zod";
import { FactName } from "./primitives.js";

/**
 * Conditions on an offense's declared facts, in json-rules-engine's own syntax
 * (`all` / `any` / `not` / `{ fact, operator, value }`). No `path` and no `params`:
 * rule authors never get a JSONPath evaluated (CVE-2024-21534), and every fact is flat.
 */
export const OPERATORS = [
  "equal",
  "notEqual",
  "lessThan",
  "lessThanInclusive",
  "greaterThan",
  "greaterThanInclusive",
  "in",
  "notIn",
] as const;
export type Operator = (typeof OPERATORS)[number];

const Scalar = z.union([z.string(), z.number(), z.boolean()]);
export type ConditionScalar = z.infer<typeof Scalar>;

export const FactCondition = z
  .strictObject({
    fact: FactName.describe("A fact declared by the offense"),
    operator: z.enum(OPERATORS),
    value: z.union([Scalar, z.array(Scalar)]).describe("Amounts as decimal strings (\"10000\"); lists for in/notIn"),
  })
  .describe("One comparison: fact operator value. 以上 = greaterThanInclusive, 以下 = lessThanInclusive, 超过 = greaterThan, 不满 = lessThan.");

export type FactConditionT = z.infer<typeof FactCondition>;
export type ConditionT =
  | FactConditionT
  | { all: ConditionT[] }
  | { any: ConditionT[] }
  | { not: ConditionT };

export const Condition: z.ZodType<ConditionT> = z.lazy(() =>
  z.union([
    FactCondition,
    z.strictObject({ all: z.array(Condition).min(1) }),
    z.strictObject({ any: z.array(Condition).min(1) }),
    z.strictObject({ not: Condition }),
  ]),
);
