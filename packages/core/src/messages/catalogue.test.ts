import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { catalogue, joinTexts, text } from "./catalogue.js";
import { sentence } from "./explanations.js";
import { failure, headline, issue } from "./issues.js";
import { warn } from "./warnings.js";

const HAN = /[\u4e00-\u9fff]/;
/** What the engine may still write in Chinese itself: the names of the laws it cites (行政处罚法第三十六条, 民法典). */
const CITATION = /^(行政处罚法|民法典)(第[一二三四五六七八九十百千]+条(第[一二三四五六七八九十]+款)?)?$/;

/** Every string and template piece of a source file, comments left out. */
function literals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) out.push(node.text);
    else if (ts.isTemplateExpression(node)) out.push(node.head.text, ...node.templateSpans.map((s) => s.literal.text));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe("the message catalogue", () => {
  it("is the only place the engine writes a text: its steps hold no Chinese but the laws they cite", () => {
    const dirs = ["../engine", "."].map((d) => fileURLToPath(new URL(`${d}/`, import.meta.url)));
    const engine = readdirSync(dirs[0] as string).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    expect(engine.length).toBeGreaterThan(10);
    const inline = engine.flatMap((f) => literals(`${dirs[0]}${f}`).filter((s) => HAN.test(s) && !CITATION.test(s)).map((s) => `${f}: ${s}`));
    expect(inline).toEqual([]);
  });

  it("gives each code its text with the values put in, in both languages", () => {
    const say = catalogue({ HELLO: (p: { who: string }) => text(`你好，${p.who}`, `Hello, ${p.who}`) });
    expect(say("HELLO", { who: "法制科" })).toEqual({ zh: "你好，法制科", en: "Hello, 法制科" });
    expect(joinTexts([say("HELLO", { who: "甲" }), say("HELLO", { who: "乙" })])).toEqual({ zh: "你好，甲；你好，乙", en: "Hello, 甲; Hello, 乙" });
  });

  it("writes a warning, an explanation sentence and an input issue from their codes", () => {
    expect(warn("FILING_LATE", { filed: "2026-05-30", deadline: "2026-05-27" })).toEqual({
      code: "FILING_LATE",
      zh: "立案日 2026-05-30 已超过立案期限（2026-05-27）",
      en: "The filing date 2026-05-30 is past the filing deadline (2026-05-27)",
    });
    expect(sentence.TIME_BAR_WITHIN({ years: 5, start: "2026-01-05", discovered: "2029-03-06", harm: ["伤亡人数 1人"] }).zh).toBe(
      "2029-03-06 发现，在自 2026-01-05 起 5 年的追责时效内（涉及公民生命健康安全且有危害后果：伤亡人数 1人）",
    );
    expect(issue("DATES_ORDER", "dates.filed", { later: "filed", earlier: "discovered" })).toEqual({ code: "DATES_ORDER", path: "dates.filed", zh: "立案日早于发现日", en: "filed is before discovered" });
    const err = failure("INPUT_INVALID", headline("INPUT_INVALID", { count: 1 }), [issue("AGE_FOR_ORGANIZATION", "party.age")]);
    expect(err.toJSON().error).toMatchObject({ code: "INPUT_INVALID", zh: "输入有 1 处错误", issues: [{ code: "AGE_FOR_ORGANIZATION", path: "party.age", message: "单位当事人不适用年龄 / An organization has no age" }] });
  });

  it("says in English why a hearing is required, as in Chinese", () => {
    const reasons = [sentence.HEARING_FOR_FINE({ amount: "20000", kind: "organization", activity: "business", threshold: "10000" }), sentence.PENALTIES_PROPOSED({ titles: ["吊销许可证件"], types: ["revoke-license"] })];
    const hearing = sentence.HEARING_REQUIRED({ reasons });
    expect(hearing.zh).toBe("应当告知听证权利：罚款 20000 元达到较大数额（从事经营活动的法人或者其他组织 10000 元以上）；拟作出吊销许可证件");
    expect(hearing.en).toBe("the party must be told of the right to a hearing (art. 63): a fine of 20000 yuan reaches the larger amount (10000 yuan); proposed: revoke-license");
  });
});
