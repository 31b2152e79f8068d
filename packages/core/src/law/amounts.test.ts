import { describe, expect, it } from "vitest";
import { amountsIn, multiplesIn } from "./amounts.js";

const strings = (xs: Array<{ toString(): string }>) => xs.map(String);

describe("amounts and multiples named by a statute text", () => {
  it("reads Arabic and Chinese numerals, with and without 万", () => {
    expect(strings(amountsIn("处10万元以上50万元以下的罚款"))).toEqual(["100000", "500000"]);
    expect(strings(amountsIn("并处五万元以下的罚款"))).toEqual(["50000"]);
    expect(strings(amountsIn("处五万元以上二十万元以下罚款"))).toEqual(["50000", "200000"]);
    expect(strings(amountsIn("对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款"))).toEqual(["200", "3000"]);
    expect(strings(amountsIn("处1000元以上1万元以下的罚款"))).toEqual(["1000", "10000"]);
  });
  it("reads multiples", () => {
    expect(strings(multiplesIn("追缴电费并处应交电费五倍以下的罚款"))).toEqual(["5"]);
    expect(strings(multiplesIn("可以并处违法所得5倍以下的罚款"))).toEqual(["5"]);
    expect(strings(multiplesIn("并处违法所得一倍以上五倍以下罚款"))).toEqual(["1", "5"]);
  });
});
