import { z } from "zod";
import { withoutCycleSupport } from "./acyclic.js";
import { FactName, Id } from "./primitives.js";

const restoreCycleSupport = withoutCycleSupport();

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
    fact: FactName.describe("违法行为所声明的事实 / A fact declared by the offense"),
    operator: z.enum(OPERATORS),
    value: z.union([Scalar, z.array(Scalar)]).describe("金额写成十进制字符串（\"10000\"）；in、notIn 用数组 / Amounts as decimal strings (\"10000\"); lists for in/notIn"),
  })
  .describe("一项比较：事实 运算符 值。以上 = greaterThanInclusive，以下 = lessThanInclusive，超过 = greaterThan，不满 = lessThan / One comparison: fact operator value. 以上 = greaterThanInclusive, 以下 = lessThanInclusive, 超过 = greaterThan, 不满 = lessThan.");

export type FactConditionT = z.infer<typeof FactCondition>;

/**
 * A recorded circumstance (情节) as a condition: holds when the case records it. Tables key tiers on
 * 「二年内两次以上」「造成严重危害后果」「情节严重」; reading the circumstance itself needs no stand-in
 * boolean fact that could disagree with it. Negate with `not`.
 */
export const CircumstanceCondition = z
  .strictObject({
    circumstance: Id.describe("情节标识，通用情节或者违法行为自己的情节 / A circumstance id, general or the offense's own"),
  })
  .describe("案件认定了该情节时成立 / Holds when the case records this circumstance");
export type CircumstanceConditionT = z.infer<typeof CircumstanceCondition>;

export type ConditionT =
  | FactConditionT
  | CircumstanceConditionT
  | { all: ConditionT[] }
  | { any: ConditionT[] }
  | { not: ConditionT };

export const Condition: z.ZodType<ConditionT> = z.lazy(() => ConditionUnion);

// Built now, not when the lazy schema is first used, so it is built without cycle support too.
const ConditionUnion = z.union([
  FactCondition,
  CircumstanceCondition,
  z.strictObject({ all: z.array(Condition).min(1) }),
  z.strictObject({ any: z.array(Condition).min(1) }),
  z.strictObject({ not: Condition }),
]);

restoreCycleSupport();
