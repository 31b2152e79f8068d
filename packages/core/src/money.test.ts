import { describe, expect, it } from "vitest";
import { clamp, D, formatMoney, roundMoney } from "./money.js";

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
