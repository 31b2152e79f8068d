// fast-check arbitraries for cases of the fixture pack (fixture-pack.ts).
import fc from "fast-check";
import type { AssessInputT } from "../src/index.js";

const money = fc.integer({ min: 0, max: 20_000_000 }).map((fen) => (fen / 100).toFixed(2));

/** Each offense of the fixture with its facts. */
export const offenseAndFacts: fc.Arbitrary<{ offense: string; facts: Record<string, string | number> }> = fc.oneof(
  money.map((unpaidFee) => ({ offense: "theft", facts: { unpaidFee } })),
  fc.integer({ min: 0, max: 200 }).map((overQuantityRatio) => ({ offense: "explosives", facts: { overQuantityRatio } })),
  fc.constant({ offense: "no-fine", facts: {} }),
  fc.constant({ offense: "refused-only", facts: {} }),
  money.map((illegalGains) => ({ offense: "alternatives", facts: { illegalGains } })),
);

export const AGGRAVATING = ["repeat-offense", "refused-correction", "obstructed", "serious-harm"] as const;
export const MITIGATING = ["eliminated-harm", "coerced", "confessed", "meritorious", "voluntary-payment"] as const;
const OTHER = ["minor-violation", "corrected-promptly", "no-harm", "minor-harm", "first-offense"] as const;
const EXCLUSIVE: ReadonlyArray<readonly string[]> = [["no-harm", "minor-harm", "serious-harm"], ["corrected-promptly", "refused-correction"]];

/** Whether adding `id` to `ids` keeps mutually exclusive circumstances apart. */
export function compatible(ids: readonly string[], id: string): boolean {
  if (ids.includes(id)) return false;
  return EXCLUSIVE.every((g) => !g.includes(id) || !ids.some((x) => g.includes(x)));
}

/** A set of general circumstances that respects the exclusive groups. */
export const circumstances: fc.Arbitrary<string[]> = fc
  .subarray([...AGGRAVATING, ...MITIGATING, ...OTHER])
  .map((ids) => ids.reduce<string[]>((acc, id) => (compatible(acc, id) ? [...acc, id] : acc), []));

export const party: fc.Arbitrary<AssessInputT["party"]> = fc.oneof(
  fc.constant({ kind: "organization" as const }),
  fc.record({ kind: fc.constant("individual" as const), age: fc.oneof(fc.constant(null), fc.integer({ min: 14, max: 90 })), capacity: fc.constantFrom("full" as const, "partial" as const) }),
);

export const caseInput: fc.Arbitrary<AssessInputT> = fc.record({ of: offenseAndFacts, circumstances, party }).map(({ of, circumstances, party }) => ({
  offense: of.offense,
  party,
  dates: { act: "2025-03-01", discovered: "2025-05-20", filed: "2025-05-22", decision: "2025-06-10" },
  facts: of.facts,
  circumstances,
}));
