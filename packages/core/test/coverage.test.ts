// Tiers cover every case exactly once: decided by fact regions (load/check-coverage.ts), and the
// compiled conditions checked against json-rules-engine at load (load/check-reference.ts), both run by load/check-conditions.ts.
import { describe, expect, it } from "vitest";
import { PreparedConditions } from "../src/conditions/prepared.js";
import { Registry } from "../src/index.js";
import { checkConditions, settleFindings } from "../src/load/check-conditions.js";
import type { CompiledOffense } from "../src/model.js";
import type { ConditionT } from "../src/schema/condition.js";
import type { OffenseInputT } from "../src/schema/ruleset.js";
import { generalHeader, rulesetOf, sourceOf, theft } from "./fixture-pack.js";

type FactType = "money" | "number" | "integer" | "boolean";

/** An offense whose tiers are the given conditions, on the given facts. */
function tiered(facts: Record<string, FactType>, whens: ConditionT[]): OffenseInputT {
  return theft({
    facts: [{ name: "unpaidFee", type: "money", title: "应交电费", required: true }, ...Object.entries(facts).map(([name, type]) => ({ name, type, title: name, required: true }))],
    tiers: whens.map((when, i) => ({ id: `t${i + 1}`, title: `第${i + 1}档`, description: `第${i + 1}档`, when, penalties: [], fine: { kind: "multiple", min: "0", max: "1" } })),
  });
}

async function coverageIssues(o: OffenseInputT): Promise<string[]> {
  const { issues } = await Registry.check([sourceOf(rulesetOf(generalHeader(), [o]))]);
  return issues.map((i) => `${i.code}: ${i.zh}`);
}

const le = (fact: string, value: string | number | boolean): ConditionT => ({ fact, operator: "lessThanInclusive", value: value as string });
const ge = (fact: string, value: string | number): ConditionT => ({ fact, operator: "greaterThanInclusive", value: value as string });
const is = (fact: string, value: boolean): ConditionT => ({ fact, operator: "equal", value });

describe("tier coverage by regions, exact without sampling", () => {
  it("money counts in fen: 1万元以下 and 10000.01 以上 leave no gap; for a plain number they do", async () => {
    expect(await coverageIssues(tiered({ x: "money" }, [le("x", "10000"), ge("x", "10000.01")]))).toEqual([]);
    expect(await coverageIssues(tiered({ x: "number" }, [le("x", "10000"), ge("x", "10000.01")]))).toEqual(["TIERS_GAP: 阶次留有空档：x=10000.005 时没有任何阶次适用"]);
  });

  it("integers have nothing between 2 and 3", async () => {
    expect(await coverageIssues(tiered({ n: "integer" }, [le("n", 2), ge("n", 3)]))).toEqual([]);
    expect(await coverageIssues(tiered({ n: "integer" }, [le("n", 2), ge("n", 4)]))).toEqual(["TIERS_GAP: 阶次留有空档：n=3 时没有任何阶次适用"]);
  });

  it("以上 and 以下 of the same amount on adjacent tiers overlap on the amount itself", async () => {
    expect(await coverageIssues(tiered({ x: "money" }, [le("x", "10000"), ge("x", "10000")]))).toEqual(["TIERS_OVERLAP: 阶次重叠：x=10000 时 第1阶次“第1档”、第2阶次“第2档” 同时适用（仅在分界值上重叠：以上、以下均包括本数，请在 settings.boundary 或本行 boundary 中写明分界值归哪一阶次）"]);
  });

  it("`any` across facts is decided: (x ≥ 10 or flag) against (x < 10 and not flag) covers every case once", async () => {
    const a: ConditionT = { any: [ge("x", 10), is("flag", true)] };
    const b: ConditionT = { all: [{ fact: "x", operator: "lessThan", value: "10" }, is("flag", false)] };
    expect(await coverageIssues(tiered({ x: "money", flag: "boolean" }, [a, b]))).toEqual([]);
    const c: ConditionT = { all: [{ fact: "x", operator: "lessThan", value: "10" }, { not: is("flag", false) }] };
    expect(await coverageIssues(tiered({ x: "money", flag: "boolean" }, [a, c]))).toEqual([
      "TIERS_GAP: 阶次留有空档：x=0, flag=false 时没有任何阶次适用",
      "TIERS_OVERLAP: 阶次重叠：x=0, flag=true 时 第1阶次“第1档”、第2阶次“第2档” 同时适用",
    ]);
  });

  it("a gap among 13 boolean facts (8,192 combinations) is found at load, with the first case that falls in it", async () => {
    const names = Array.from({ length: 13 }, (_, i) => `f${i + 1}`);
    const facts = Object.fromEntries(names.map((n) => [n, "boolean" as const]));
    const a = is("f1", true);
    const b: ConditionT = { all: [is("f1", false), is("f2", true), { any: names.slice(2).map((n) => is(n, true)) }] };
    expect(await coverageIssues(tiered(facts, [a, b]))).toEqual([
      `TIERS_GAP: 阶次留有空档：f1=false, f2=true, ${names.slice(2).map((n) => `${n}=false`).join(", ")} 时没有任何阶次适用`,
    ]);
  });
});

describe("findings shared by offenses with the same conditions", () => {
  it("name each offense's own tiers", async () => {
    const overlapping = tiered({ x: "money" }, [le("x", "10000"), ge("x", "10000")]);
    const renamed = { ...overlapping, id: "theft-2", tiers: overlapping.tiers.map((t, i) => ({ ...t, title: `乙${i + 1}` })) };
    const { issues } = await Registry.check([sourceOf(rulesetOf(generalHeader(), [overlapping, renamed]))]);
    expect(issues.map((i) => [i.path, i.zh.match(/第1阶次“[^”]+”、第2阶次“[^”]+”/)?.[0]])).toEqual([
      ["offenses[0].tiers", "第1阶次“第1档”、第2阶次“第2档”"],
      ["offenses[1].tiers", "第1阶次“乙1”、第2阶次“乙2”"],
    ]);
  });
});

describe("compiled conditions against json-rules-engine at load", () => {
  it("a compiled group that disagrees with json-rules-engine refuses the pack, naming the condition and the facts", async () => {
    const registry = await Registry.load([sourceOf(rulesetOf(generalHeader(), [theft()]))]);
    const offense = registry.get("fixture").offenses.get("theft") as CompiledOffense;
    // A deliberately wrong compilation: the first tier also holds at its own upper bound.
    const honest = offense.tiers;
    const first = honest.entries[0] as PreparedConditions["entries"][number];
    const lying = Object.assign(Object.create(PreparedConditions.prototype) as PreparedConditions, {
      facts: honest.facts,
      entries: [{ ...first, test: (f: Record<string, unknown>) => (first.test as (f: Record<string, unknown>) => boolean)(f) || String(f.unpaidFee) === "5000" }, ...honest.entries.slice(1)],
    });
    const issues = await settleFindings(checkConditions({ ...offense, tiers: lying }, ["offenses", 0], new Map()));
    expect(issues.map((i) => [i.code, i.at.join(".")])).toEqual([["CONDITION_ENGINE_MISMATCH", "offenses.0.tiers"]]);
    expect(issues[0]?.zh).toContain("unpaidFee=5000");
    expect(issues[0]?.zh).toContain(`light ${JSON.stringify(first.when)}`);
    expect(await settleFindings(checkConditions(offense, ["offenses", 0], new Map()))).toEqual([]);
  });
});
