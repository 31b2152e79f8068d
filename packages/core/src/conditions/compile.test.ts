import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D } from "../money.js";
import { OPERATORS, type ConditionT } from "../schema/condition.js";
import { PreparedConditions } from "./prepared.js";
import { ReferenceConditions } from "./reference.js";

// Facts of every type a condition can read, and constants of every shape a rule file can hold.
const FACTS = { fee: "money", count: "integer", ratio: "number", stopped: "boolean", kind: "enum", since: "date" } as const;
type FactName = keyof typeof FACTS;

const moneyText = fc.integer({ min: 0, max: 300_000 }).map((fen) => (fen / 100).toFixed(fen % 3 === 0 ? 0 : 2));
const dateText = fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.UTC(2025, 0, 1 + d)).toISOString().slice(0, 10));
const scalar: Record<FactName, fc.Arbitrary<string | number | boolean>> = {
  fee: fc.oneof(moneyText, fc.integer({ min: 0, max: 3000 }), fc.constant("abc")),
  count: fc.oneof(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }).map(String), fc.constant(2.5)),
  ratio: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constantFrom("0.5", "1.25", "-1")),
  stopped: fc.oneof(fc.boolean(), fc.constant("true")),
  kind: fc.constantFrom("x", "y", "z", 1),
  since: fc.oneof(dateText, fc.constant("not a date")),
};

const comparison: fc.Arbitrary<ConditionT> = fc.constantFrom(...(Object.keys(FACTS) as FactName[])).chain((fact) =>
  fc.constantFrom(...OPERATORS).chain((operator) =>
    (operator === "in" || operator === "notIn" ? fc.oneof(fc.array(scalar[fact], { maxLength: 3 }), scalar[fact]) : scalar[fact]).map((value) => ({ fact, operator, value }) as ConditionT),
  ),
);

// A recorded circumstance read by a condition (circumstance-atom.ts).
const circumstance: fc.Arbitrary<ConditionT> = fc.constantFrom("repeat-offense", "serious-harm").map((id) => ({ circumstance: id }));

const { condition } = fc.letrec<{ condition: ConditionT }>((tie) => ({
  condition: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    comparison,
    circumstance,
    fc.array(tie("condition"), { minLength: 1, maxLength: 3 }).map((all) => ({ all })),
    fc.array(tie("condition"), { minLength: 1, maxLength: 3 }).map((any) => ({ any })),
    tie("condition").map((not) => ({ not })),
  ),
}));

const facts = fc.record({
  fee: moneyText.map((t) => D(t)),
  count: fc.integer({ min: 0, max: 20 }).map((n) => D(n)),
  ratio: fc.integer({ min: 0, max: 600 }).map((n) => D(n).div(100)),
  stopped: fc.boolean(),
  kind: fc.constantFrom("x", "y", "z"),
  since: dateText,
  "circumstance:repeat-offense": fc.boolean(),
  "circumstance:serious-harm": fc.boolean(),
});

describe("compiled conditions mean what json-rules-engine means", () => {
  it("agree with json-rules-engine on random conditions of every shape and random facts", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(condition, { minLength: 1, maxLength: 4 }), facts, async (whens, point) => {
        const entries = whens.map((when, i) => ({ id: `t${i}`, when }));
        const compiled = new PreparedConditions(entries).matching(point).sort();
        const reference = (await new ReferenceConditions(entries).matching(point)).sort();
        expect(compiled).toEqual(reference);
      }),
      { numRuns: 400 },
    );
  });
});
