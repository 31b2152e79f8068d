// Messages as a legal officer reads them: tiers counted from 1 and named by title, a misspelt fact
// name pointed at with "did you mean", case failures in Chinese first.
import { describe, expect, it } from "vitest";
import { editedCopy, validateIssues } from "./fixture.js";
import { cliLines as cli } from "./run-cli.js";

const STEAL = "demo-std/1.1.0/offenses/steal-power.json";
const CASES = "demo-std/1.1.0/cases/basic.json";


describe("messages", () => {
  it("name a tier by its number from 1 and its title", async () => {
    expect(await validateIssues(await editedCopy(STEAL, (t) => t.replace('"max": "5"', '"max": "9"')))).toEqual([
      'demo-std/1.1.0/offenses/steal-power.json:95:9 tiers[1].fine.max  第2阶次“一般”：阶次罚款幅度 [1, 9] 超出法定幅度 [0, 5] 倍 / Tier 2 "一般" (general): The band [1, 9] lies outside the statutory bounds [0, 5] 倍 [BAND_OUTSIDE_STATUTE]',
    ]);
  });

  it("name the tier in schema messages too", async () => {
    expect(await validateIssues(await editedCopy(STEAL, (t) => t.replace('"title": "一般",', '"title": "一般",\n      "colour": "red",')))).toEqual([
      'demo-std/1.1.0/offenses/steal-power.json:79:7 tiers[1].colour  第2阶次“一般”：未知字段 "colour" / Tier 2 "一般" (general): Unknown field "colour" [UNKNOWN_FIELD]',
    ]);
  });

  it("point a misspelt fact name in a condition at the misspelling, with did you mean", async () => {
    expect(await validateIssues(await editedCopy(STEAL, (t) => t.replace('"fact": "unpaidFee"', '"fact": "unpaidfee"')))).toEqual([
      'demo-std/1.1.0/offenses/steal-power.json:61:13 tiers[0].when.all[0].fact  第1阶次“轻微”：条件引用的事实 "unpaidfee" 未声明，您是否要写 "unpaidFee"？ / Tier 1 "轻微" (minor): The condition uses undeclared fact "unpaidfee" (did you mean "unpaidFee"?) [FACT_UNDECLARED]',
    ]);
  });

  it("point a misspelt fact name in a case at the misspelling, with did you mean", async () => {
    const r = await cli("test", await editedCopy(CASES, (t) => t.replace('"unpaidFee": "10000"\n        }\n      },\n      "expect": {\n        "outcome"', '"unpaidFe": "10000"\n        }\n      },\n      "expect": {\n        "outcome"')));
    expect(r.code).toBe(1);
    expect(r.out.slice(0, 4).map((l) => l.replace(/[^\s(]*?(demo-std\/)/, "$1"))).toEqual([
      "✗ 盗窃电能，应交电费1万元：处罚 (demo-std/1.1.0/cases/basic.json:4)",
      "    评估出错 INPUT_INVALID：输入有 2 处错误 / unexpected error INPUT_INVALID: The input has 2 issue(s)",
      '      demo-std/1.1.0/cases/basic.json:17:11 facts.unpaidFe：未知事实 "unpaidFe"，您是否要写 "unpaidFee"？（本违法行为声明的事实：unpaidFee） / Unknown fact "unpaidFe" (did you mean "unpaidFee"?) (declared: unpaidFee)',
      expect.stringMatching(/^ {6}\S*demo-std\/1\.1\.0\/cases\/basic\.json:\d+:\d+ facts\.unpaidFee：/),
    ]);
  });
});
