import { describe, expect, it } from "vitest";
import { D } from "../money.js";
import { MissingFactsError, PreparedConditions } from "./prepared.js";

describe("PreparedConditions", () => {
  const tiers = new PreparedConditions([
    { id: "low", when: { fact: "fee", operator: "lessThan", value: "100000" } },
    { id: "high", when: { fact: "fee", operator: "greaterThanInclusive", value: "100000" } },
    { id: "always", when: undefined },
  ]);

  it("compares money as decimals, not as strings or floats", () => {
    // As strings "9" > "100000"; as floats 0.1 + 0.2 ≠ 0.3. Neither may happen.
    expect(tiers.matching({ fee: D("9") })).toEqual(["low", "always"]);
    expect(tiers.matching({ fee: D("99999.99") })).toEqual(["low", "always"]);
    expect(tiers.matching({ fee: D("100000.00") })).toEqual(["high", "always"]);
    const exact = new PreparedConditions([{ id: "eq", when: { fact: "x", operator: "equal", value: "0.3" } }]);
    expect(exact.matching({ x: D("0.1").plus("0.2") })).toEqual(["eq"]);
  });

  it("handles booleans, enums and lists", () => {
    const c = new PreparedConditions([
      { id: "a", when: { all: [{ fact: "stopped", operator: "equal", value: false }, { fact: "kind", operator: "in", value: ["x", "y"] }] } },
      { id: "b", when: { not: { fact: "kind", operator: "notIn", value: ["z"] } } },
    ]);
    expect(c.matching({ stopped: false, kind: "y" })).toEqual(["a"]);
    expect(c.matching({ stopped: true, kind: "z" })).toEqual(["b"]);
  });

  it("a fact the conditions read but the case lacks is an error, never a silent false", () => {
    expect(() => tiers.matching({})).toThrow(MissingFactsError);
    expect(() => tiers.matching({})).toThrow(expect.objectContaining({ facts: ["fee"] }));
  });
});
