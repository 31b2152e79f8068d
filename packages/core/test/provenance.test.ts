// Every number says where it comes from: the article with its text, the rule file and JSON path, the values used.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { assess, Registry } from "../src/index.js";
import { ADMINISTRATIVE_PENALTY_LAW } from "../src/law/administrative-penalty-law.js";
import { citationsIn } from "../src/law/cite.js";
import { fixtureRuleset, sourceOf } from "./fixture-pack.js";

const dates = { act: "2025-03-01", discovered: "2025-05-20", filed: "2025-05-22", decision: "2025-06-10" };

describe("provenance of an assessment", async () => {
  const registry = await Registry.load([sourceOf(fixtureRuleset())]);
  const r = await assess(registry, { offense: "theft", party: { kind: "organization" }, dates, facts: { unpaidFee: "12000.50" }, circumstances: ["eliminated-harm"] });
  const step = (s: string) => r.explanation.find((e) => e.step === s);

  it("the fine cites the penalty article with its quoted text, the rule data it read, and the values used", () => {
    const fine = step("fine");
    expect(fine?.refs).toContainEqual({ kind: "law", law: "电力法", article: 71, text: "盗窃电能的，由电力管理部门责令停止违法行为，追缴电费并处应交电费五倍以下的罚款；" });
    expect(fine?.refs).toContainEqual({ kind: "law", law: "行政处罚法", article: 32, item: 1, text: "（一）主动消除或者减轻违法行为危害后果的；" });
    expect(fine?.refs.filter((x) => x.kind === "rule").map((x) => [x.file, x.path, x.value])).toEqual([
      ["fixture/1.0.0.json", "offenses[0].statutory.fine", undefined],
      ["fixture/1.0.0.json", "offenses[0].tiers[1].fine", undefined],
      ["fixture/1.0.0.json", "settings.placement", "midpoint-split"],
      ["fixture/1.0.0.json", "settings.rounding", undefined],
    ]);
    expect(fine?.values).toEqual({ unpaidFee: "12000.5", mitigating: "1", aggravating: "0" });
    expect(fine?.zh).toContain("应交电费的 0 至 5 倍");
  });

  it("the procedure cites the thresholds it applied, with their values", () => {
    const rules = step("procedure")?.refs.filter((x) => x.kind === "rule").map((x) => `${x.path}=${x.value}`);
    expect(rules).toContain("settings.hearing.fineAtLeast.organization=10000");
    expect(rules).toContain("settings.summaryProcedure.fineAtMost.organization=3000");
    expect(step("procedure")?.values).toMatchObject({ partyKind: "organization", business: "true", low: "18000" });
  });

  it("the time bar cites its article with the text and the row's limitation", () => {
    const bar = step("time-bar");
    expect(bar?.refs[0]).toMatchObject({ kind: "law", law: "行政处罚法", article: 36, text: expect.stringContaining("违法行为在二年内未被发现的") });
    expect(bar?.refs).toContainEqual({ kind: "rule", file: "fixture/1.0.0.json", path: "offenses[0].limitation" });
    expect(bar?.values).toEqual({ from: "2025-03-01", years: "2", ends: "2027-03-01", discovered: "2025-05-20" });
  });
});

describe("the Administrative Penalty Law as the engine quotes it", () => {
  const file = readFileSync(fileURLToPath(new URL("../../../statutes/行政处罚法(2021-01-22).md", import.meta.url)), "utf8");
  const lines = file.split("\n").map((l) => l.trim()).filter(Boolean);
  it("each quoted article is the statute's text, paragraph by paragraph, item by item", () => {
    for (const [article, paragraphs] of Object.entries(ADMINISTRATIVE_PENALTY_LAW)) {
      const [first, ...rest] = paragraphs.flat();
      const at = lines.findIndex((l) => citationsIn(`行政处罚法${l.split(/\s/)[0]}`, ["行政处罚法"])[0]?.article === Number(article) && l.endsWith(first as string));
      expect(at, `article ${article}`).toBeGreaterThan(0);
      expect(lines.slice(at + 1, at + 1 + rest.length), `article ${article}`).toEqual(rest);
    }
  });
});
