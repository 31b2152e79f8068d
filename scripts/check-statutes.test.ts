import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chineseNumber, fromChineseNumeral } from "@cailiang/core";
import { checkStatutes, defaultPaths, matchCitation, parseArticles } from "./check-statutes.js";

const { rulesDir, legalDir } = defaultPaths();
const haveStatutes = existsSync(legalDir);

describe("Chinese numerals of article numbers", () => {
  it("reads and writes them both ways", () => {
    const cases: Array<[number, string]> = [[1, "一"], [10, "十"], [14, "十四"], [20, "二十"], [71, "七十一"], [100, "一百"], [105, "一百零五"], [110, "一百一十"]];
    for (const [n, zh] of cases) {
      expect(chineseNumber(n)).toBe(zh);
      expect(fromChineseNumeral(zh)).toBe(n);
    }
  });
});

describe("the matcher", () => {
  const statute = [
    "## 第九章 法律责任",
    "",
    "第七十一条 盗窃电能的，由电力管理部门责令停止违法行为，追缴电费并处应交电费五倍以下的罚款；构成犯罪的，依照刑法有关规定追究刑事责任。",
    "",
    "第七十二条 有下列行为之一的，处罚：",
    "",
    "（一）甲行为；",
    "",
    "（二）乙行为。",
    "",
    "前款规定以外的，不予处罚。",
  ].join("\n");
  const articles = parseArticles(statute);
  const law = "电力法";

  it("accepts a verbatim quotation of an article, a paragraph, or an item with its chapeau", () => {
    expect(matchCitation(articles, { law, article: 71, text: "盗窃电能的，由电力管理部门责令停止违法行为，追缴电费并处应交电费五倍以下的罚款；构成犯罪的，依照刑法有关规定追究刑事责任。" })).toEqual([]);
    expect(matchCitation(articles, { law, article: 72, paragraph: 2, text: "前款规定以外的，不予处罚。" })).toEqual([]);
    expect(matchCitation(articles, { law, article: 72, paragraph: 1, item: 2, text: "有下列行为之一的，处罚：\n（二）乙行为。" })).toEqual([]);
  });

  it("rejects a text altered by one character", () => {
    const altered = "盗窃电能的，由电力管理部门责令停止违法行为，追缴电费并处应交电费三倍以下的罚款；构成犯罪的，依照刑法有关规定追究刑事责任。";
    expect(matchCitation(articles, { law, article: 71, text: altered })).toHaveLength(1);
  });

  it("rejects a quotation from the wrong article, paragraph or item, and a missing article", () => {
    expect(matchCitation(articles, { law, article: 72, text: "追缴电费" })).toHaveLength(1);
    expect(matchCitation(articles, { law, article: 72, paragraph: 2, text: "（一）甲行为；" })).toHaveLength(1);
    expect(matchCitation(articles, { law, article: 72, paragraph: 1, item: 2, text: "（一）甲行为；" })).toHaveLength(1);
    expect(matchCitation(articles, { law, article: 73, text: "x" })).toHaveLength(1);
  });
});

describe.skipIf(!haveStatutes)("the shipped rule packs against ../shared/legal", () => {
  it("quote every article character for character", () => {
    const { checked, mismatches } = checkStatutes(rulesDir, legalDir);
    expect(checked).toBeGreaterThan(0);
    expect(mismatches).toEqual([]);
  });

  it("fail when a quoted text is altered", () => {
    const file = join(rulesDir, "hebei-luquan-gxj", "1.0.0", "offenses", "dlf-71.json");
    const offense = JSON.parse(readFileSync(file, "utf8")) as { legalBasis: { penalty: Array<{ law: string; lawVersion: string; article: number; text: string }> } };
    const ref = offense.legalBasis.penalty[0];
    expect(ref).toBeDefined();
    if (!ref) return;
    const articles = parseArticles(readFileSync(join(legalDir, `${ref.law}(${ref.lawVersion}).md`), "utf8"));
    expect(matchCitation(articles, ref)).toEqual([]);
    expect(matchCitation(articles, { ...ref, text: ref.text.replace("五倍", "十倍") })).not.toEqual([]);
  });
});
