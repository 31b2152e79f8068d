import { beforeAll, describe, expect, it } from "vitest";
import { assess, CailiangError, Registry, type AssessInputT } from "../src/index.js";
import { explosives, fixtureRuleset, generalHeader, noFine, refusedOnly, rulesetOf, sourceOf, theft, theftUpTo } from "./fixture-pack.js";

let registry: Registry;
beforeAll(async () => {
  registry = await Registry.load([sourceOf(fixtureRuleset())]);
});

const dates = { act: "2025-03-01", discovered: "2025-05-20", filed: "2025-05-22", decision: "2025-06-10" };
function input(offense: string, facts: AssessInputT["facts"], circumstances: string[] = [], over: Partial<AssessInputT> = {}): AssessInputT {
  return { offense, party: { kind: "organization" }, dates, facts, circumstances, ...over };
}
const run = (i: AssessInputT, r: Registry = registry) => assess(r, i);
async function failure(i: unknown, r: Registry = registry): Promise<CailiangError> {
  const err = await assess(r, i).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof CailiangError)) throw new Error("expected a CailiangError");
  return err;
}

describe("fine: exact figures (golden cases)", () => {
  it("theft of 12000.50 yuan, no circumstance: the middle of the 一般 band", async () => {
    const r = await run(input("theft", { unpaidFee: "12000.50" }));
    expect(r.tier?.id).toBe("general");
    expect(r.fine).toEqual({
      statutory: { min: "0", max: "60002.50" },
      band: { min: "12000", max: "36001" },
      recommended: { min: "12000", max: "36001", point: "24001" },
      reduced: false,
      reduction: null,
    });
  });

  it("a mandatory mitigating circumstance (art. 32) keeps the point in the lower half", async () => {
    const r = await run(input("theft", { unpaidFee: "12000.50" }, ["eliminated-harm"]));
    expect(r.fine?.recommended).toEqual({ min: "12000", max: "24001", point: "18000" });
    expect(r.circumstances).toEqual([{ id: "eliminated-harm", title: "主动消除或者减轻违法行为危害后果", effect: "mitigate-or-reduce", mandatory: true, basis: "行政处罚法第三十二条第（一）项" }]);
  });

  it("an aggravating circumstance puts it in the upper half; mitigation and aggravation are weighed together, neither cancels the other", async () => {
    const up = await run(input("theft", { unpaidFee: "12000.50" }, ["repeat-offense"]));
    expect(up.fine?.recommended).toEqual({ min: "24001", max: "36001", point: "30001" });
    const both = await run(input("theft", { unpaidFee: "12000.50" }, ["repeat-offense", "eliminated-harm"]));
    expect(both.fine?.recommended).toEqual({ min: "12000", max: "36001", point: "24001" });
    // A mandatory mitigation does not make a second aggravating circumstance count for nothing.
    const more = await run(input("theft", { unpaidFee: "12000.50" }, ["repeat-offense", "obstructed", "eliminated-harm"]));
    expect(more.fine?.recommended).toEqual({ min: "24001", max: "36001", point: "27001" });
  });

  it("减轻 below the statutory minimum with two mandatory mitigating circumstances", async () => {
    const r = await run(input("explosives", { overQuantityRatio: 5 }, ["eliminated-harm", "confessed"]));
    expect(r.fine).toEqual({
      statutory: { min: "100000", max: "500000" },
      band: { min: "100000", max: "200000" },
      recommended: { min: "50000", max: "99999", point: "75000" },
      reduced: true,
      reduction: { min: "50000", max: "99999", basis: ["行政处罚法第三十二条第（一）项", "行政处罚法第三十二条第（三）项", "测试减轻规定"] },
    });
    expect(r.explanation.find((e) => e.step === "fine")?.basis).toContain("测试减轻规定");
  });

  it("减轻 is tier-aware: in a severe tier the grounds weigh inside the band, and the 减轻 range is offered beside it", async () => {
    const r = await run(input("explosives", { overQuantityRatio: 35 }, ["eliminated-harm", "confessed"]));
    expect(r.tier?.id).toBe("serious");
    expect(r.fine?.reduced).toBe(false);
    expect(r.fine?.recommended).toEqual({ min: "400000", max: "450000", point: "416666" });
    expect(r.fine?.reduction).toEqual({ min: "50000", max: "99999", basis: ["行政处罚法第三十二条第（一）项", "行政处罚法第三十二条第（三）项", "测试减轻规定"] });
    expect(r.explanation.find((e) => e.step === "fine")?.zh).toContain("可以减轻处罚：减轻处罚幅度 50000–99999 元（本基准仅在起点为法定最低数额的阶次建议减轻，「严重」阶次不属于，不作为建议值）");
  });

  it("the 减轻 range ends at the highest whole unit below a fractional statutory minimum", async () => {
    const o = theftUpTo(5, { legalBasis: { ...theft().legalBasis, penalty: [{ law: "测试条例", article: 41, text: "盗窃电能的，追缴电费并处应交电费1倍以上5倍以下的罚款。" }] } });
    o.statutory = { penalties: [{ type: "fine", mode: "mandatory" }], fine: { kind: "multiple", base: "unpaidFee", minMultiple: "1", maxMultiple: "5" } };
    o.tiers = theft().tiers.map((t) => ({ ...t, fine: { kind: "multiple", min: "1", max: "5" } }));
    const r = await Registry.load([sourceOf(rulesetOf(generalHeader(), [o]))]);
    const res = await run(input("theft", { unpaidFee: "12000.50" }, ["eliminated-harm"]), r);
    expect(res.fine?.statutory.min).toBe("12000.50");
    expect(res.fine?.reduction).toMatchObject({ min: "6000", max: "12000" });
  });

  it("减轻 is not recommended against an aggravating circumstance, but still offered", async () => {
    const r = await run(input("explosives", { overQuantityRatio: 5 }, ["eliminated-harm", "confessed", "obstructed"]));
    expect(r.fine?.reduced).toBe(false);
    expect(r.fine?.recommended).toEqual({ min: "100000", max: "150000", point: "137500" });
    expect(r.fine?.reduction?.min).toBe("50000");
    expect(r.explanation.find((e) => e.step === "fine")?.zh).toContain("同时具有从重情节，经综合衡量不建议减轻");
  });

  it("one mitigating circumstance is 从轻, not 减轻: the point stays inside the statute", async () => {
    const r = await run(input("explosives", { overQuantityRatio: 5 }, ["eliminated-harm"]));
    expect(r.fine?.recommended).toEqual({ min: "100000", max: "150000", point: "125000" });
    expect(r.fine?.reduced).toBe(false);
  });

  it("a band as fractions of the statutory range; a major case with its report deadline", async () => {
    const r = await run(input("explosives", { overQuantityRatio: 20 }));
    expect(r.fine?.band).toEqual({ min: "200000", max: "400000" });
    expect(r.fine?.recommended.point).toBe("300000");
    expect(r.procedure).toMatchObject({ major: true, collectiveDiscussion: true, legalReview: true, hearing: true, deadlines: { file: "2025-05-29", decide: "2025-08-20", report: "2025-07-31" } });
  });

  it("a statutory fine chosen by condition: 违法所得五万元以上 → multiples; below → a range", async () => {
    const high = await run(input("alternatives", { illegalGains: "60000" }));
    expect(high.fine?.statutory).toEqual({ min: "60000", max: "300000" });
    expect(high.fine?.recommended.point).toBe("168000");
    expect(high.penalties.map((p) => p.type)).toEqual(["confiscate-illegal-gains", "fine"]);
    const none = await run(input("alternatives", { illegalGains: "0" }));
    expect(none.fine?.statutory).toEqual({ min: "10000", max: "200000" });
    expect(none.fine?.band).toEqual({ min: "10000", max: "67000" });
    expect(none.fine?.recommended.point).toBe("38500");
    // No gains, nothing to confiscate (art. 28 ¶2 speaks of gains that exist).
    expect(none.penalties.map((p) => p.type)).toEqual(["fine"]);
  });
});

describe("ways to place the fine (a tier may override the ruleset's)", () => {
  const placed = async (placement: unknown, circumstances: string[]) => {
    const o = theft();
    (o.tiers[1] as { placement?: unknown }).placement = placement;
    const r = await Registry.load([sourceOf(rulesetOf(generalHeader(), [o]))]);
    return (await run(input("theft", { unpaidFee: "10000" }, circumstances), r)).fine;
  };
  // The 一般 band for an unpaid fee of 10,000 is 10,000–30,000.
  it("percentages of the band: lower 30% for 从轻, upper 30% for 从重, the middle otherwise", async () => {
    const pl = { method: "percent", lighter: "0.3", heavier: "0.3", basis: "测试：从轻按幅度下限30%以内" };
    expect((await placed(pl, ["eliminated-harm"]))?.recommended).toEqual({ min: "10000", max: "16000", point: "13000" });
    expect((await placed(pl, []))?.recommended).toEqual({ min: "16000", max: "24000", point: "20000" });
    expect((await placed(pl, ["repeat-offense"]))?.recommended).toEqual({ min: "24000", max: "30000", point: "27000" });
  });
  it("a base amount plus or minus a step per circumstance, kept in the band", async () => {
    const pl = { method: "base-step", base: "22000", step: "3000", basis: "测试：处2.2万元罚款；每具有一项从轻情节减少3000元" };
    expect((await placed(pl, []))?.recommended).toEqual({ min: "22000", max: "22000", point: "22000" });
    expect((await placed(pl, ["eliminated-harm", "confessed"]))?.recommended.point).toBe("16000");
    expect((await placed(pl, ["repeat-offense", "obstructed", "serious-harm"]))?.recommended.point).toBe("30000");
  });
  it("a fixed amount, and a band with no point", async () => {
    expect((await placed({ method: "fixed", amount: "15000" }, ["repeat-offense"]))?.recommended).toEqual({ min: "15000", max: "15000", point: "15000" });
    const band = await placed({ method: "band-only" }, ["repeat-offense"]);
    expect(band?.recommended).toEqual({ min: "10000", max: "30000", point: null });
  });
  it("a stated amount outside the tier's band is refused at load, located", async () => {
    const o = theft();
    (o.tiers[1] as { placement?: unknown }).placement = { method: "fixed", amount: "80000" };
    (o.tiers[1] as { fine?: unknown }).fine = { kind: "amount", min: "1000", max: "5000" };
    const { issues } = await Registry.check([sourceOf(rulesetOf(generalHeader(), [theftUpTo(5, { tiers: o.tiers })]))]);
    expect(issues.map((i) => `${i.code} ${i.path}`)).toContain("PLACEMENT_OUTSIDE_BAND offenses[0].tiers[1].placement.amount");
  });
});

describe("bounds that exclude their number (超过 / 不满)", () => {
  it("keep every amount one unit inside", async () => {
    const o = refusedOnly({
      legalBasis: { ...refusedOnly().legalBasis, penalty: [{ law: "测试条例", article: 1, text: "处超过1000元不满10000元的罚款。" }] },
      statutory: { penalties: [{ type: "fine", mode: "mandatory" }], fine: { kind: "range", min: "1000", max: "10000", minInclusive: false, maxInclusive: false } },
    });
    o.tiers = [{ id: "only", title: "一般", description: "x", penalties: [], fine: { kind: "amount", min: "1000", max: "10000" } }];
    const r = await Registry.load([sourceOf(rulesetOf(generalHeader(), [o]))]);
    const up = await run(input("refused-only", {}, ["repeat-offense", "obstructed", "serious-harm"]), r);
    expect(up.fine?.band).toEqual({ min: "1001", max: "9999" });
    expect(up.fine?.recommended.max).toBe("9999");
  });
});

describe("penalty types", () => {
  it("an article with no fine gives none, whatever the tier, and keeps its mandatory confiscation", async () => {
    const r = await run(input("no-fine", {}, ["repeat-offense", "serious-harm"]));
    expect(r.fine).toBeNull();
    expect(r.penalties).toEqual([{ type: "confiscate-illegal-property", title: "没收非法财物", mandatory: true, basis: "节约能源法第七十一条" }]);
    expect(r.measures.map((m) => m.type)).toEqual(["order-to-stop-use"]);
  });

  it("a conditional fine (拒不改正的) only when the condition is found, and then not weighed again as aggravating", async () => {
    const without = await run(input("refused-only", {}));
    expect(without.fine).toBeNull();
    expect(without.penalties).toEqual([]);
    const refused = await run(input("refused-only", {}, ["refused-correction"]));
    expect(refused.fine?.recommended.point).toBe("5000");
    // "处1万元以下的罚款": a fine of 0 is no fine, so the lowest recommendable amount is one yuan.
    expect(refused.fine?.band).toEqual({ min: "1", max: "10000" });
    expect(refused.fine?.recommended.min).toBe("1");
    expect(refused.penalties).toEqual([{ type: "fine", title: "罚款", mandatory: true, basis: "电力设施保护条例第二十七条" }]);
  });

  it("逾期不改正 adds a mandatory suspension; 情节严重 makes revocation available to the tier that lists it", async () => {
    const overdue = await run(input("explosives", { overQuantityRatio: 5 }, ["overdue-correction"]));
    expect(overdue.penalties.map((p) => [p.type, p.mandatory])).toEqual([["fine", true], ["suspend-production", true]]);
    const serious = await run(input("explosives", { overQuantityRatio: 40 }, ["serious-circumstances"]));
    expect(serious.penalties.map((p) => [p.type, p.mandatory])).toEqual([["fine", true], ["revoke-license", false]]);
    const lightSerious = await run(input("explosives", { overQuantityRatio: 5 }, ["serious-circumstances"]));
    expect(lightSerious.penalties.map((p) => p.type)).toEqual(["fine"]);
  });
});

describe("no penalty, and may waive", () => {
  it("under 14 (art. 30) and without capacity (art. 31): no penalty, education required", async () => {
    const child = await run(input("theft", { unpaidFee: "100" }, [], { party: { kind: "individual", age: 13 } }));
    expect(child.outcome).toBe("no-penalty");
    expect(child.fine).toBeNull();
    expect(child.procedure.educationRequired).toBe(true);
    expect(child.explanation.find((e) => e.step === "exemption")?.basis).toEqual(["行政处罚法第三十条", "行政处罚法第三十三条第三款"]);
    const none = await run(input("theft", { unpaidFee: "100" }, [], { party: { kind: "individual", capacity: "none" } }));
    expect(none.outcome).toBe("no-penalty");
  });

  it("age 16 (art. 30) and partial capacity (art. 31) mitigate", async () => {
    const teen = await run(input("theft", { unpaidFee: "12000.50" }, [], { party: { kind: "individual", age: 16 } }));
    expect(teen.circumstances.map((c) => [c.id, c.mandatory])).toEqual([["minor-14-17", true]]);
    expect(teen.fine?.recommended.point).toBe("18000");
    const partial = await run(input("theft", { unpaidFee: "12000.50" }, [], { party: { kind: "individual", capacity: "partial" } }));
    expect(partial.circumstances.map((c) => [c.id, c.mandatory])).toEqual([["partial-capacity", false]]);
  });

  it("art. 33 ¶1: minor, corrected, no harm → no penalty; first offense, minor harm, corrected → may waive with the penalty shown", async () => {
    const minor = await run(input("theft", { unpaidFee: "100" }, ["minor-violation", "corrected-promptly", "no-harm"]));
    expect(minor.outcome).toBe("no-penalty");
    expect(minor.measures.map((m) => m.type)).toEqual(["order-to-stop", "recover-fee", "educate"]);
    const first = await run(input("theft", { unpaidFee: "100" }, ["first-offense", "minor-harm", "corrected-promptly"]));
    expect(first.outcome).toBe("may-waive");
    expect(first.fine?.recommended.point).toBe("50");
    expect(first.procedure.educationRequired).toBe(true);
  });

  it("art. 33 ¶2: no fault exempts, unless the offense's law says otherwise", async () => {
    expect((await run(input("theft", { unpaidFee: "100" }, ["no-fault"]))).outcome).toBe("no-penalty");
    const strict = await Registry.load([sourceOf(rulesetOf(generalHeader(), [theft({ noFaultExempts: false })]))]);
    const r = await run(input("theft", { unpaidFee: "100" }, ["no-fault"]), strict);
    expect(r.outcome).toBe("penalty");
    expect(r.explanation.some((e) => e.step === "exemption" && e.zh.includes("另有规定"))).toBe(true);
  });
});

describe("time bar (art. 36)", () => {
  const late = { act: "2024-01-10", discovered: "2026-01-11", filed: "2026-01-12", decision: "2026-02-02" };
  it("not discovered within two years: time-barred", async () => {
    const r = await run(input("theft", { unpaidFee: "100" }, [], { dates: late }));
    expect(r.outcome).toBe("time-barred");
    expect(r.penalties).toEqual([]);
  });
  it("discovered on the last day is in time; a continuing act counts from its end", async () => {
    expect((await run(input("theft", { unpaidFee: "100" }, [], { dates: { ...late, discovered: "2026-01-10" } }))).outcome).toBe("penalty");
    expect((await run(input("theft", { unpaidFee: "100" }, [], { dates: { ...late, actEnded: "2024-06-01" } }))).outcome).toBe("penalty");
  });
  it("five years for life or health safety with harmful consequences", async () => {
    const r = await run(input("explosives", { overQuantityRatio: 5 }, ["minor-harm"], { dates: late }));
    expect(r.outcome).toBe("penalty");
    expect(r.explanation.find((e) => e.step === "time-bar")?.zh).toContain("5 年");
  });
  it("five years where the row's harm facts show harm, with no harm circumstance found; the facts are named by title", async () => {
    const harmed = await run(input("explosives", { overQuantityRatio: 35 }, [], { dates: late }));
    expect(harmed.outcome).toBe("penalty");
    const entry = harmed.explanation.find((e) => e.step === "time-bar");
    expect(entry?.zh).toContain("5 年");
    expect(entry?.zh).toContain("超出许可产量比例 35%");
    expect(entry?.zh).not.toContain("overQuantityRatio");
    expect(entry?.basis).toContain("民用爆炸物品安全管理条例第一条：保障公民生命、财产安全和公共安全");
    expect((await run(input("explosives", { overQuantityRatio: 5 }, [], { dates: late }))).outcome).toBe("time-barred");
  });
  it("harm alone does not extend the period of a row that does not touch safety", async () => {
    const r = await run(input("theft", { unpaidFee: "100" }, ["minor-harm"], { dates: late }));
    expect(r.outcome).toBe("time-barred");
  });
});

describe("version in force (art. 37, 从旧兼从轻)", () => {
  const v1 = { version: "1.0.0", effectiveFrom: "2024-01-01", effectiveTo: "2024-12-31" };
  const v2 = { version: "2.0.0", effectiveFrom: "2025-01-01", effectiveTo: null };
  const lighterTheft = theftUpTo(3);
  lighterTheft.tiers = theft().tiers.map((t, i) => ({ ...t, fine: { kind: "multiple", min: ["0", "1", "2"][i] as string, max: ["1", "2", "3"][i] as string } }));
  const across = { act: "2024-06-01", discovered: "2024-07-01", filed: "2024-07-02", decision: "2025-03-01" };

  it("a lighter newer version applies, and both are shown", async () => {
    const r = await Registry.load([sourceOf(rulesetOf(generalHeader(v1), [theft()])), sourceOf(rulesetOf(generalHeader(v2), [lighterTheft]))]);
    const res = await run(input("theft", { unpaidFee: "60000" }, [], { dates: across }), r);
    expect(res.ruleset.version).toBe("2.0.0");
    expect(res.fine?.statutory.max).toBe("180000");
    expect(res.fine?.recommended.point).toBe("150000");
    expect(res.alternative).toEqual({ version: "1.0.0", outcome: "penalty", point: "240000" });
    expect(res.explanation[0]?.step).toBe("version");
  });

  it("a heavier newer version does not apply", async () => {
    const r = await Registry.load([sourceOf(rulesetOf(generalHeader(v1), [lighterTheft])), sourceOf(rulesetOf(generalHeader(v2), [theft()]))]);
    const res = await run(input("theft", { unpaidFee: "60000" }, [], { dates: across }), r);
    expect(res.ruleset.version).toBe("1.0.0");
    expect(res.fine?.recommended.point).toBe("150000");
    expect(res.alternative).toEqual({ version: "2.0.0", outcome: "penalty", point: "240000" });
  });

  it("a newer version that leaves the row out does not make the act lawful: the act-time version applies, with a warning", async () => {
    const r = await Registry.load([sourceOf(rulesetOf(generalHeader(v1), [theft(), noFine()])), sourceOf(rulesetOf(generalHeader(v2), [noFine()]))]);
    const res = await run(input("theft", { unpaidFee: "60000" }, [], { dates: across }), r);
    expect(res.outcome).toBe("penalty");
    expect(res.ruleset.version).toBe("1.0.0");
    expect(res.fine?.recommended.point).toBe("240000");
    expect(res.measures.map((m) => m.type)).toEqual(["order-to-stop", "recover-fee"]);
    expect(res.warnings.map((w) => w.code)).toContain("OFFENSE_NOT_IN_LATER_VERSION");
  });

  it("only a statute change the later version records ends the offense; its measures still stand", async () => {
    const header = { ...generalHeader(v2), statuteChanges: [{ offense: "theft", law: "电力法", article: 71, change: "repealed" as const, date: "2025-01-01" }] };
    const r = await Registry.load([sourceOf(rulesetOf(generalHeader(v1), [theft(), noFine()])), sourceOf(rulesetOf(header, [noFine()]))]);
    const res = await run(input("theft", { unpaidFee: "60000" }, [], { dates: across }), r);
    expect(res.outcome).toBe("no-penalty");
    expect(res.ruleset.version).toBe("2.0.0");
    expect(res.alternative).toEqual({ version: "1.0.0", outcome: "penalty", point: "240000" });
    expect([res.penalties, res.fine]).toEqual([[], null]);
    expect(res.measures.map((m) => m.type)).toEqual(["order-to-stop", "recover-fee"]);
    expect(res.explanation[0]?.zh).toContain("电力法第七十一条已于 2025-01-01 废止");
    expect(res.explanation[0]?.basis).toEqual(["行政处罚法第三十七条", "电力法第七十一条"]);
  });

  it("a renamed row names the id it replaces, and the two versions are compared", async () => {
    const renamed = { ...lighterTheft, id: "theft-2025", replaces: "theft" };
    const r = await Registry.load([sourceOf(rulesetOf(generalHeader(v1), [theft()])), sourceOf(rulesetOf(generalHeader(v2), [renamed]))]);
    const res = await run(input("theft", { unpaidFee: "60000" }, [], { dates: across }), r);
    expect(res.ruleset.version).toBe("2.0.0");
    expect(res.offense.id).toBe("theft-2025");
    expect(res.fine?.recommended.point).toBe("150000");
    expect(res.alternative).toEqual({ version: "1.0.0", outcome: "penalty", point: "240000" });
  });

  it("a replaced id or a statute change must name a row of an earlier version", async () => {
    const header = { ...generalHeader(v2), statuteChanges: [{ offense: "thef", law: "电力法", article: 71, change: "repealed" as const, date: "2025-01-01" }] };
    const { issues } = await Registry.check([sourceOf(rulesetOf(generalHeader(v1), [theft()])), sourceOf(rulesetOf(header, [{ ...theft(), id: "theft-2025", replaces: "theft-2024" }]))]);
    expect(issues.map((i) => `${i.code} ${i.path}`)).toEqual(["REPLACES_UNKNOWN offenses.theft-2025.replaces", "STATUTE_CHANGE_UNKNOWN statuteChanges[0].offense"]);
  });
});

describe("one act, several provisions (art. 29)", () => {
  it("one fine, under the provision with the higher fine", async () => {
    const regulation = theftUpTo(3, { id: "theft-regulation", title: "盗窃电能（条例）" });
    regulation.tiers = theft().tiers.map((t) => ({ ...t, fine: { kind: "multiple", min: "0", max: "3" } }));
    const r = await Registry.load([sourceOf(rulesetOf(generalHeader(), [regulation, theft()]))]);
    const res = await run(input("theft-regulation", { unpaidFee: "10000" }, [], { concurrent: ["theft"] }), r);
    expect(res.offense.id).toBe("theft");
    expect(res.concurrent).toEqual([
      { offense: "theft-regulation", title: "盗窃电能（条例）", statutoryMax: "30000", fineApplied: false },
      { offense: "theft", title: "盗窃电能", statutoryMax: "50000", fineApplied: true },
    ]);
    expect(res.penalties.filter((p) => p.type === "fine")).toHaveLength(1);
    expect(res.explanation.at(-1)?.basis).toEqual(["行政处罚法第二十九条"]);
    // The two rows are not declared concurrent with each other: the officer is asked to confirm one act.
    expect(res.warnings.map((w) => w.code)).toContain("CONCURRENT_NOT_DECLARED");
  });

  it("the procedure is worked out again from the merged penalties: a revocation from the other row means a hearing and no summary procedure", async () => {
    const small = theft({ concurrent: ["explosives"] });
    const r = await Registry.load([sourceOf(rulesetOf(generalHeader(), [small, explosives({ concurrent: ["theft"] })]))]);
    // The theft fine alone would be a summary case: 100 yuan, an organization.
    const alone = await run(input("theft", { unpaidFee: "100" }), r);
    expect(alone.procedure.summary).toBe(true);
    const both = await run(input("theft", { unpaidFee: "100", overQuantityRatio: 40 }, ["serious-circumstances"], { concurrent: ["explosives"] }), r);
    expect(both.penalties.map((p) => p.type)).toContain("revoke-license");
    expect(both.procedure).toMatchObject({ summary: false, hearing: true, filingRequired: true });
    expect(both.warnings.map((w) => w.code)).not.toContain("CONCURRENT_NOT_DECLARED");
    const steps = both.explanation.map((e) => e.step);
    expect(steps.indexOf("procedure")).toBeLessThan(steps.indexOf("one-act"));
    expect(both.explanation.find((e) => e.step === "procedure")?.zh).toContain("吊销许可证件");
  });

  it("concurrent ids are unique, never the offense itself, at most 10 (a 400 before any work)", async () => {
    const dup = await failure(input("theft", { unpaidFee: "1" }, [], { concurrent: ["explosives", "explosives", "theft"] }));
    expect(dup.issues.map((i) => `${i.code} ${i.path}`)).toEqual(["CONCURRENT_DUPLICATE concurrent[1]", "CONCURRENT_SELF concurrent[2]"]);
    const many = await failure(input("theft", { unpaidFee: "1" }, [], { concurrent: Array.from({ length: 7252 }, () => "explosives") }));
    expect(many.code).toBe("INPUT_INVALID");
    expect(many.issues.map((i) => i.path)).toEqual(["concurrent"]);
  });
});

describe("procedure", () => {
  it("summary procedure for a fine of at most 200 yuan on an individual (art. 51)", async () => {
    const r = await run(input("theft", { unpaidFee: "100" }, [], { party: { kind: "individual" } }));
    expect(r.fine?.recommended.point).toBe("50");
    expect(r.procedure).toMatchObject({ summary: true, hearing: false, legalReview: false, major: false });
  });

  it("the filing deadline counts working days with the official holidays and make-up days", async () => {
    // 2025 National Day: 1–8 October off; Sunday 28 September and Saturday 11 October are working days.
    const r = await run(input("theft", { unpaidFee: "100" }, [], { dates: { act: "2025-09-01", discovered: "2025-09-28", filed: "2025-09-29", decision: "2025-10-20" } }));
    expect(r.procedure.deadlines.file).toBe("2025-10-14");
    expect(r.procedure.deadlines.decide).toBe("2025-12-28");
  });

  it("warns when the holiday calendar does not know the year", async () => {
    const r = await run(input("theft", { unpaidFee: "100" }, [], { dates: { act: "2029-12-20", discovered: "2029-12-28", filed: "2029-12-29", decision: "2030-01-20" } }));
    expect(r.warnings.map((w) => w.code)).toContain("HOLIDAY_CALENDAR_MISSING_YEAR");
  });

  it("a draft standard and a proposed band say so in every answer", async () => {
    const o = theft();
    (o.tiers[1] as { proposal?: boolean }).proposal = true;
    const r = await Registry.load([sourceOf(rulesetOf(generalHeader({ status: "draft", documentNumber: null }), [o]))]);
    const res = await run(input("theft", { unpaidFee: "10000" }), r);
    expect(res.warnings.map((w) => w.code)).toEqual(["PROPOSAL_TIER", "DRAFT_STANDARD"]);
    expect(res.warnings[0]?.zh).toBe("「一般」阶次的幅度是本基准的建议，尚待本机关审定");
    expect((await run(input("theft", { unpaidFee: "100" }))).warnings.map((w) => w.code)).toEqual([]);
  });

  it("warns what it cannot check without dates", async () => {
    const r = await run(input("theft", { unpaidFee: "100" }, [], { dates: { act: "2025-03-01", decision: "2025-06-10" } }));
    expect(r.warnings.map((w) => w.code)).toEqual(["DISCOVERY_DATE_MISSING", "FILING_DATE_MISSING"]);
    expect(r.procedure.deadlines).toEqual({ file: null, decide: null, report: null });
  });
});

describe("bad input gets a clear error with its path", () => {
  it("facts: missing, unknown, negative, wrong type", async () => {
    const err = await failure(input("theft", { unpaidFees: "1", unpaidFee: "-5" }));
    expect(err.code).toBe("INPUT_INVALID");
    expect(err.issues.map((i) => `${i.code} ${i.path}`)).toEqual(["FACT_UNKNOWN facts.unpaidFees", "FACT_INVALID facts.unpaidFee"]);
    const missing = await failure(input("theft", {}));
    expect(missing.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "FACT_MISSING",
          "en": "Offense theft needs the fact "unpaidFee" (应交电费)",
          "path": "facts.unpaidFee",
          "zh": "违法行为 theft 缺少必填事实 "unpaidFee"（应交电费）",
        },
      ]
    `);
    expect((await failure(input("theft", { unpaidFee: true }))).issues[0]?.code).toBe("FACT_INVALID");
    expect((await failure(input("theft", { unpaidFee: "1.001" }))).issues[0]?.en).toBe('Amount "unpaidFee" has more than two decimal places');
  });

  it("one strict decimal grammar: no exponent, no spaces, no plus; a __proto__ fact is unknown, not dropped", async () => {
    for (const bad of ["1E15", "1e3", "1e-9999999999999999999", " 12 ", "+12", "12.", ".5", "0x10", "007", "", 1e21, 1e-7]) {
      const err = await failure(input("theft", { unpaidFee: bad }));
      expect(err.issues.map((i) => `${i.code} ${i.path}`), JSON.stringify(bad)).toEqual(["FACT_INVALID facts.unpaidFee"]);
    }
    expect((await run(input("theft", { unpaidFee: "1000000000000000" }))).fine?.statutory.max).toBe("5000000000000000");
    expect((await failure(input("theft", { unpaidFee: "1000000000000000.01" }))).issues[0]?.en).toBe('"unpaidFee" is too large');
    const proto = await failure(JSON.parse('{"offense":"theft","party":{"kind":"organization"},"dates":{"act":"2025-03-01","decision":"2025-06-10"},"facts":{"unpaidFee":"1","__proto__":"5"}}'));
    expect(proto.issues.map((i) => `${i.code} ${i.path}`)).toEqual(["FACT_UNKNOWN facts.__proto__"]);
  });

  it("one date grammar: a date fact of 30 February is refused as dates.act is", async () => {
    const dated = theft({ facts: [...(theft().facts ?? []), { name: "since", type: "date", title: "开始日期", required: false }] });
    const r = await Registry.load([sourceOf(rulesetOf(generalHeader(), [dated]))]);
    const err = await failure(input("theft", { unpaidFee: "1", since: "2025-02-30" }), r);
    expect(err.issues.map((i) => `${i.code} ${i.path}`)).toEqual(["FACT_INVALID facts.since"]);
    const act = await failure(input("theft", { unpaidFee: "1" }, [], { dates: { act: "2025-02-30", decision: "2025-06-10" } }), r);
    expect(act.issues.map((i) => i.path)).toEqual(["dates.act"]);
    expect((await run(input("theft", { unpaidFee: "1", since: "2024-02-29" }), r)).outcome).toBe("penalty");
  });

  it("circumstances: unknown, repeated, mutually exclusive", async () => {
    const err = await failure(input("theft", { unpaidFee: "1" }, ["no-harm", "serious-harm", "no-harm", "bogus"]));
    expect(err.issues.map((i) => `${i.code} ${i.path}`)).toEqual([
      "CIRCUMSTANCE_DUPLICATE circumstances[2]",
      "CIRCUMSTANCE_UNKNOWN circumstances[3]",
      "CIRCUMSTANCES_EXCLUSIVE circumstances",
    ]);
  });

  it("shape and dates", async () => {
    const err = await failure({ offense: "theft", party: { kind: "robot" }, dates: { act: "2025-02-30", decision: "2025-01-01" }, facts: {} });
    expect(err.issues.map((i) => `${i.code} ${i.path}`)).toEqual(["SCHEMA_INVALID_VALUE party.kind", "SCHEMA_CUSTOM dates.act"]);
    const order = await failure(input("theft", { unpaidFee: "1" }, [], { dates: { act: "2025-03-01", decision: "2025-02-01" } }));
    expect(order.issues.map((i) => `${i.code} ${i.path}`)).toEqual(["DATES_ORDER dates.decision"]);
    expect((await failure(null)).code).toBe("INPUT_INVALID");
  });

  it("an unknown offense or ruleset is a 404-kind error", async () => {
    expect((await failure(input("nope", {}))).code).toBe("OFFENSE_NOT_FOUND");
    expect((await failure(input("theft", { unpaidFee: "1" }, [], { ruleset: "other" }))).code).toBe("RULESET_NOT_FOUND");
    expect((await failure(input("theft", { unpaidFee: "1" }, [], { dates: { act: "2020-01-01", decision: "2020-02-01" } }))).code).toBe("RULESET_NOT_FOUND");
  });

  it("an act before the first version: the version in force at the decision, with a warning; the statute's steps still run", async () => {
    // The fixture's only version is in force from 2024-01-01.
    const r = await run(input("theft", { unpaidFee: "10000" }, [], { dates: { act: "2023-10-01", discovered: "2024-02-01", filed: "2024-02-02", decision: "2024-03-01" } }));
    expect([r.outcome, r.ruleset.version, r.fine?.statutory.max]).toEqual(["penalty", "1.0.0", "50000"]);
    expect(r.warnings.map((w) => w.code)).toContain("ACT_BEFORE_FIRST_VERSION");
    expect(r.explanation[0]).toMatchObject({ step: "version", basis: ["行政处罚法第三十七条"] });
    expect(r.explanation[0]?.zh).toContain("2023-10-01");
    // The time bar (art. 36) is the statute's, not the standard's: two years from an act before any version.
    const barred = await run(input("theft", { unpaidFee: "10000" }, [], { dates: { act: "2021-01-01", discovered: "2024-02-01", decision: "2024-03-01" } }));
    expect(barred.outcome).toBe("time-barred");
  });

  it("an amount given as a JSON number is taken exactly and leaves as a decimal string", async () => {
    const r = await run(input("theft", { unpaidFee: 12000.5 }));
    expect(r.fine?.statutory.max).toBe("60002.50");
  });
});

describe("rule data at fault at run time", () => {
  it("tiers whose conditions are past what is decided at load, and leave a gap: RULESET_INVALID pointing at the offense", async () => {
    // 13 pairs of 以下 conditions, all required: 2^13 boxes, past MAX_BOXES, so the gap is left to run time.
    const pairs = Array.from({ length: 13 }, (_, i) => [`g${i}a`, `g${i}b`] as const);
    const names = ["f1", ...pairs.flat()];
    const o = theft({
      facts: [{ name: "unpaidFee", type: "money", title: "应交电费", required: true }, ...names.map((name) => ({ name, type: "boolean" as const, title: name, required: true }))],
      tiers: [
        { id: "a", title: "甲", description: "f1", when: { fact: "f1", operator: "equal", value: true }, penalties: [], fine: { kind: "multiple", min: "0", max: "1" } },
        {
          id: "b",
          title: "乙",
          description: "not f1, one of each pair",
          when: { all: [{ fact: "f1", operator: "equal", value: false }, ...pairs.map(([x, y]) => ({ any: [{ fact: x, operator: "equal" as const, value: true }, { fact: y, operator: "equal" as const, value: true }] }))] },
          penalties: [],
          fine: { kind: "multiple", min: "1", max: "2" },
        },
      ],
    });
    const r = await Registry.load([sourceOf(rulesetOf(generalHeader(), [o]), "gap/1.0.0.json")]);
    const facts = { unpaidFee: "100", ...Object.fromEntries(names.map((n) => [n, false])) };
    const err = await failure(input("theft", facts), r);
    expect(err.code).toBe("RULESET_INVALID");
    expect(err.issues.map((i) => `${i.code} ${i.file}:${i.line}`)).toEqual(["TIERS_GAP gap/1.0.0.json:222"]);
  });
});

describe("filing (art. 54 ¶2)", () => {
  it("below the standard's starting point, a case under the ordinary procedure is still filed; one under the summary procedure need not be", async () => {
    const o = theft({ filingThreshold: { fact: "unpaidFee", operator: "greaterThanInclusive", value: "100000" } });
    const r = await Registry.load([sourceOf(rulesetOf(generalHeader(), [o]))]);
    const ordinary = await run(input("theft", { unpaidFee: "20000" }), r);
    expect(ordinary.procedure).toMatchObject({ summary: false, filingRequired: true });
    expect(ordinary.explanation.find((e) => e.step === "filing")?.basis).toContain("行政处罚法第五十四条第二款");
    const summary = await run(input("theft", { unpaidFee: "100" }), r);
    expect(summary.procedure).toMatchObject({ summary: true, filingRequired: false });
  });

  it("a circumstance the standard names rules the summary procedure out, and the case is filed", async () => {
    const header = generalHeader();
    header.circumstances = [...header.circumstances, { id: "uncooperative", title: "当事人不配合调查", effect: "none", mandatory: true, basis: "本局立案标准（一）3" }];
    header.settings = { ...header.settings, summaryProcedure: { fineAtMost: { individual: "200", organization: "3000" }, excludedWhen: ["uncooperative"], basis: "行政处罚法第五十一条" } };
    const o = theft({ filingThreshold: { fact: "unpaidFee", operator: "greaterThanInclusive", value: "100000" } });
    const r = await Registry.load([sourceOf(rulesetOf(header, [o]))]);
    const res = await run(input("theft", { unpaidFee: "100" }, ["uncooperative"]), r);
    expect(res.procedure).toMatchObject({ summary: false, filingRequired: true });
    expect(res.explanation.find((e) => e.step === "procedure")?.zh).toContain("不能适用简易程序");
  });
});

describe("hearing (art. 63)", () => {
  it("the larger-amount threshold depends on business activity: 10,000 yuan for an organization in business, 5,000 outside it", async () => {
    const inBusiness = await run(input("theft", { unpaidFee: "5000" }, ["eliminated-harm"]));
    const outside = await run(input("theft", { unpaidFee: "5000" }, ["eliminated-harm"], { party: { kind: "organization", business: false } }));
    expect(inBusiness.fine?.recommended.point).toBe("7500");
    expect(inBusiness.procedure.hearing).toBe(false);
    expect(outside.procedure.hearing).toBe(true);
    expect(outside.explanation.find((e) => e.step === "procedure")?.zh).toContain("罚款 7500 元达到较大数额（从事非经营活动的法人或者其他组织 5000 元以上）");
  });
  it("confiscating property of a large value means a hearing; without its value, a warning says a hearing may be required", async () => {
    const large = await run(input("no-fine", { equipmentValue: "20000" }));
    expect(large.procedure.hearing).toBe(true);
    expect(large.explanation.find((e) => e.step === "procedure")?.zh).toContain("没收较大价值的非法财物（20000 元，从事经营活动的法人或者其他组织 10000 元以上）");
    expect(large.warnings.map((w) => w.code)).not.toContain("CONFISCATION_HEARING_UNDETERMINED");
    const small = await run(input("no-fine", { equipmentValue: "900" }));
    expect(small.procedure.hearing).toBe(false);
    expect(small.warnings.map((w) => w.code)).not.toContain("CONFISCATION_HEARING_UNDETERMINED");
    const unknown = await run(input("no-fine", {}));
    expect(unknown.procedure.hearing).toBe(false);
    expect(unknown.warnings.find((w) => w.code === "CONFISCATION_HEARING_UNDETERMINED")?.zh).toContain("未提供拟没收的非法财物的价值");
  });
});

describe("the agency's own procedure", () => {
  const withSettings = async (settings: Record<string, unknown>) => {
    const header = generalHeader();
    header.settings = { ...header.settings, ...settings } as typeof header.settings;
    return Registry.load([sourceOf(rulesetOf(header, [theft()]))]);
  };
  it("legal review in every ordinary-procedure case where the standard says so, not only major or heard ones", async () => {
    const every = await withSettings({ legalReview: { everyOrdinaryCase: true, basis: "本局查处流程（四）3" } });
    const person = { party: { kind: "individual" as const, age: 30 } };
    const small = await run(input("theft", { unpaidFee: "1000" }, [], person), every);
    expect(small.fine?.recommended.point).toBe("500");
    expect(small.procedure).toMatchObject({ summary: false, hearing: false, major: false, legalReview: true });
    expect(small.explanation.find((e) => e.step === "procedure")?.basis).toContain("本局查处流程（四）3");
    expect((await run(input("theft", { unpaidFee: "1000" }, [], person))).procedure.legalReview).toBe(false);
  });
  it("a filing period in calendar days from discovery, its last day moved off a rest day", async () => {
    const r = await withSettings({ filing: { periodDays: 7, workingDays: false, rollToWorkingDay: true, alwaysWhen: [], basis: "本局查处流程（二）1" } });
    // Discovered Saturday 2025-05-17: day 7 is Saturday 2025-05-24, moved to Monday 2025-05-26.
    const res = await run(input("theft", { unpaidFee: "4000" }, [], { dates: { act: "2025-05-01", discovered: "2025-05-17", filed: "2025-05-19", decision: "2025-06-10" } }), r);
    expect(res.procedure.deadlines.file).toBe("2025-05-26");
    expect(res.explanation.find((e) => e.step === "procedure")?.zh).toContain("顺延至下一个工作日");
  });
});

describe("what the law orders beside or instead of a penalty, and what cannot be judged", () => {
  it("under 14 (art. 30): no penalty, and the guardian is ordered to discipline", async () => {
    const r = await run(input("theft", { unpaidFee: "1000" }, [], { party: { kind: "individual", age: 13 } }));
    expect(r.outcome).toBe("no-penalty");
    expect(r.measures.map((m) => m.type)).toContain("order-guardian-discipline");
    expect(r.explanation.find((e) => e.step === "measures")?.basis).toContain("行政处罚法第三十条");
  });
  it("no capacity (art. 31): no penalty, and the guardian is ordered to keep watch and arrange treatment", async () => {
    const r = await run(input("theft", { unpaidFee: "1000" }, [], { party: { kind: "individual", age: 40, capacity: "none" } }));
    expect(r.outcome).toBe("no-penalty");
    expect(r.measures.map((m) => m.type)).toContain("order-guardian-care");
    expect(r.measures.map((m) => m.type)).not.toContain("order-guardian-discipline");
  });
  it("an individual with no age: AGE_UNKNOWN, since art. 30 cannot be judged", async () => {
    const none = await run(input("theft", { unpaidFee: "1000" }, [], { party: { kind: "individual" } }));
    expect(none.warnings.map((w) => w.code)).toContain("AGE_UNKNOWN");
    const aged = await run(input("theft", { unpaidFee: "1000" }, [], { party: { kind: "individual", age: 30 } }));
    expect(aged.warnings.map((w) => w.code)).not.toContain("AGE_UNKNOWN");
    const org = await run(input("theft", { unpaidFee: "1000" }));
    expect(org.warnings.map((w) => w.code)).not.toContain("AGE_UNKNOWN");
  });
  it("an organization given a capacity other than full is a 400, as an age is", async () => {
    const err = await failure(input("theft", { unpaidFee: "1000" }, [], { party: { kind: "organization", capacity: "partial" } }));
    expect(err.issues.map((i) => `${i.code} ${i.path}`)).toEqual(["CAPACITY_FOR_ORGANIZATION party.capacity"]);
  });
});

describe("a multiple of nothing", () => {
  it("an unpaid fee of zero leaves no room for a fine: no fine, and a warning to check the facts", async () => {
    const r = await run(input("theft", { unpaidFee: "0" }));
    expect(r.fine).toBeNull();
    expect(r.penalties).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain("FINE_IMPOSSIBLE");
    // The penalties entry does not list a fine that cannot be imposed.
    expect(r.explanation.find((e) => e.step === "penalties")?.zh).not.toContain("罚款");
  });
});
