import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clamp, D, formatMoney, parseDecimal, roundMoney } from "./money.js";

describe("roundMoney: one test per named mode", () => {
  const cases: Array<[string, string, string, string, string]> = [
    // value, down, up, half-up, half-even (to the yuan)
    ["2.5", "2", "3", "3", "2"],
    ["3.5", "3", "4", "4", "4"],
    ["2.49", "2", "3", "2", "2"],
    ["18000.75", "18000", "18001", "18001", "18001"],
  ];
  it.each(cases)("%s → down %s, up %s, half-up %s, half-even %s", (v, down, up, halfUp, halfEven) => {
    expect(roundMoney(D(v), 0, "down").toString()).toBe(down);
    expect(roundMoney(D(v), 0, "up").toString()).toBe(up);
    expect(roundMoney(D(v), 0, "half-up").toString()).toBe(halfUp);
    expect(roundMoney(D(v), 0, "half-even").toString()).toBe(halfEven);
  });
  it("rounds to the fen with scale 2", () => {
    expect(roundMoney(D("60002.505"), 2, "half-even").toString()).toBe("60002.5");
    expect(roundMoney(D("60002.515"), 2, "half-even").toString()).toBe("60002.52");
  });
});

describe("formatMoney", () => {
  it("writes whole yuan bare and fractions with two places", () => {
    expect(formatMoney(D("50000"))).toBe("50000");
    expect(formatMoney(D("60002.5"))).toBe("60002.50");
    expect(formatMoney(D("0.1").plus("0.2"))).toBe("0.30");
    expect(formatMoney(D("1e21"))).toBe("1000000000000000000000");
  });
  it("clamps into a range", () => {
    expect(clamp(D(5), D(0), D(3)).toString()).toBe("3");
    expect(clamp(D(-1), D(0), D(3)).toString()).toBe("0");
  });
});

describe("the one decimal grammar", () => {
  it("reads decimal strings and JSON numbers exactly", () => {
    expect(parseDecimal("12000.50")?.toString()).toBe("12000.5");
    expect(parseDecimal("-3")?.toString()).toBe("-3");
    expect(parseDecimal(0.1)?.toString()).toBe("0.1");
    expect(parseDecimal(12000.5)?.toString()).toBe("12000.5");
  });
  it.each(["1E15", "1e-400", " 12", "12 ", "+1", "01", "1.", ".1", "1,000", "", "NaN", "Infinity"])("refuses %j", (text) => {
    expect(parseDecimal(text)).toBeUndefined();
  });
  it("refuses numbers JSON writes with an exponent, and non-finite ones", () => {
    expect(parseDecimal(1e21)).toBeUndefined();
    expect(parseDecimal(1e-7)).toBeUndefined();
    expect(parseDecimal(Number.NaN)).toBeUndefined();
  });
});

describe("the one decimal grammar (property)", () => {
  it("accepts exactly the strings of the grammar, and reads them without loss", () => {
    const grammar = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;
    const text = fc.oneof(fc.string(), fc.stringMatching(/^[-+ ]?[0-9]{0,4}[.eE]?[0-9]{0,3}[ ]?$/));
    fc.assert(
      fc.property(text, (s) => {
        const d = parseDecimal(s);
        expect(d !== undefined).toBe(grammar.test(s));
        if (d) expect(d.eq(D(s))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
