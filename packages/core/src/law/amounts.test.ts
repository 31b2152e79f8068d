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
  it("reads multiples written as per mille and per cent, in words and in signs", () => {
    expect(strings(multiplesIn("处项目总投资额千分之一以上千分之五以下的罚款"))).toEqual(["0.001", "0.005"]);
    expect(strings(multiplesIn("可以处项目合同金额千分之五以上千分之十以下的罚款"))).toEqual(["0.005", "0.01"]);
    expect(strings(multiplesIn("处工程合同价款百分之一以上百分之二以下的罚款"))).toEqual(["0.01", "0.02"]);
    expect(strings(multiplesIn("处单位罚款数额百分之五十以下的罚款"))).toEqual(["0.5"]);
    expect(strings(multiplesIn("处工程合同价款1%以上2%以下罚款"))).toEqual(["0.01", "0.02"]);
    expect(strings(multiplesIn("处合同价款0.5％以上1％以下罚款"))).toEqual(["0.005", "0.01"]);
    expect(strings(multiplesIn("处合同金额5‰以上10‰以下的罚款"))).toEqual(["0.005", "0.01"]);
    expect(strings(multiplesIn("处货值金额百分之零点五以下的罚款"))).toEqual(["0.005"]);
    expect(strings(multiplesIn("每日按罚款数额的万分之五加处"))).toEqual(["0.0005"]);
  });
  it("does not read a per cent as an amount in yuan, nor an amount as a multiple", () => {
    expect(strings(amountsIn("处工程合同价款百分之一以上百分之二以下的罚款"))).toEqual([]);
    expect(strings(multiplesIn("处五万元以上二十万元以下罚款"))).toEqual([]);
  });
});
