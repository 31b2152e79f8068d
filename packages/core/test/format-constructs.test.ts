// The rule-format constructs of real published tables (issue 9, constructs 2–6): statutory multiples
// written as ‰ / %, circumstances in tier conditions, shared boundaries (以上、以下包括本数),
// facts required only sometimes (requiredWhen) and declared gaps. Each is checked at load (the
// coverage proof) and through assess().
import { describe, expect, it } from "vitest";
import { assess, CailiangError, Registry, review, type AssessInputT } from "../src/index.js";
import type { ConditionT } from "../src/schema/condition.js";
import type { OffenseInputT, RulesetInputT } from "../src/schema/ruleset.js";
import { generalHeader, rulesetOf, sourceOf, theft } from "./fixture-pack.js";

const dates = { act: "2025-03-01", discovered: "2025-05-20", filed: "2025-05-22", decision: "2025-06-10" };
function input(offense: string, facts: AssessInputT["facts"], circumstances: string[] = []): AssessInputT {
  return { offense, party: { kind: "organization" }, dates, facts, circumstances };
}

async function issuesOf(o: OffenseInputT, header: Partial<RulesetInputT> = {}): Promise<string[]> {
  const { issues } = await Registry.check([sourceOf(rulesetOf(generalHeader(header), [o]))]);
  return issues.map((i) => `${i.code}: ${i.zh}`);
}
const load = (o: OffenseInputT, header: Partial<RulesetInputT> = {}) => Registry.load([sourceOf(rulesetOf(generalHeader(header), [o]))]);
async function failure(r: Registry, i: AssessInputT): Promise<CailiangError> {
  const err = await assess(r, i).then(() => null, (e: unknown) => e);
  if (!(err instanceof CailiangError)) throw new Error("expected a CailiangError");
  return err;
}

const fee = (operator: "lessThan" | "lessThanInclusive" | "greaterThan" | "greaterThanInclusive", value: string): ConditionT => ({ fact: "unpaidFee", operator, value });
const band = (min: string, max: string) => ({ kind: "multiple" as const, min, max });
const tier = (id: string, when: ConditionT, fine = band("0", "5")) => ({ id, title: id, description: id, when, penalties: [], fine });

describe("2. statutory multiples as statutes write them", () => {
  const bidding = (min: string, max: string): OffenseInputT =>
    theft({
      legalBasis: {
        violated: [{ law: "招标投标法", article: 46, text: "招标人和中标人应当自中标通知书发出之日起三十日内，按照招标文件和中标人的投标文件订立书面合同。" }],
        penalty: [{ law: "招标投标法", article: 59, text: "招标人与中标人不按照招标文件和中标人的投标文件订立合同的，或者招标人、中标人订立背离合同实质性内容的协议的，责令改正；可以处中标项目金额千分之五以上千分之十以下的罚款。" }],
      },
      statutory: { penalties: [{ type: "fine", mode: "mandatory" }], fine: { kind: "multiple", base: "unpaidFee", minMultiple: min, maxMultiple: max } },
      tiers: [tier("only", fee("greaterThanInclusive", "0"), band("0.005", "0.01"))],
    });
  it("千分之五以上千分之十以下 is 0.005 to 0.01 of the base, and loads", async () => {
    expect(await issuesOf(bidding("0.005", "0.01"))).toEqual([]);
  });
  it("a multiple the text does not name is still FINE_NOT_IN_TEXT", async () => {
    expect(await issuesOf(bidding("0.005", "0.02"))).toEqual([expect.stringMatching(/^FINE_NOT_IN_TEXT: 法定罚款 maxMultiple = 0.02 倍/)]);
  });
  it("assess gives the statutory range of the base in exact decimals", async () => {
    const r = await assess(await load(bidding("0.005", "0.01")), input("theft", { unpaidFee: "2345678.90" }));
    // The statute's own bounds, exact (the recommendation is rounded as the ruleset says).
    expect(r.fine?.statutory).toEqual({ min: "11728.3945", max: "23456.789" });
  });
});

describe("3. circumstances in tier conditions", () => {
  const repeat: ConditionT = { circumstance: "repeat-offense" };
  const keyed = theft({
    tiers: [
      tier("first-time", { all: [{ not: repeat }, fee("lessThan", "50000")] }, band("0", "2")),
      tier("repeated", { any: [repeat, fee("greaterThanInclusive", "50000")] }, band("2", "5")),
    ],
  });
  it("a circumstance is a boolean to the coverage proof: covered once, gaps named", async () => {
    expect(await issuesOf(keyed)).toEqual([]);
    const gap = theft({ tiers: [tier("repeated", repeat), tier("big", { all: [{ not: repeat }, fee("greaterThanInclusive", "50000")] })] });
    expect(await issuesOf(gap)).toEqual(["TIERS_GAP: 阶次留有空档：circumstance:repeat-offense=false, unpaidFee=0 时没有任何阶次适用"]);
  });
  it("an undeclared circumstance is refused", async () => {
    expect(await issuesOf(theft({ tiers: [tier("a", { circumstance: "repeat-offence" }), tier("b", { not: { circumstance: "repeat-offence" } })] }))).toEqual([
      'CIRCUMSTANCE_UNDECLARED: 第1阶次“a”：条件引用的情节 "repeat-offence" 未定义，您是否要写 "repeat-offense"？',
      'CIRCUMSTANCE_UNDECLARED: 第2阶次“b”：条件引用的情节 "repeat-offence" 未定义，您是否要写 "repeat-offense"？',
    ]);
  });
  it("the recorded circumstance picks the tier, and is not counted again as aggravating within it", async () => {
    const r = await load(keyed);
    const plain = await assess(r, input("theft", { unpaidFee: "10000" }));
    expect(plain.tier?.id).toBe("first-time");
    const again = await assess(r, input("theft", { unpaidFee: "10000" }, ["repeat-offense"]));
    expect(again.tier?.id).toBe("repeated");
    // Band 2–5 × 10000 = [20000, 50000]; no other circumstance: the middle, 35000 (not pushed up by repeat-offense).
    expect(again.fine?.recommended.point).toBe("35000");
    const worse = await assess(r, input("theft", { unpaidFee: "10000" }, ["repeat-offense", "obstructed"]));
    expect(worse.fine?.recommended.point).not.toBe("35000");
  });
});

describe("4. shared boundaries (以上、以下包括本数)", () => {
  const shared = theft({
    tiers: [tier("low", fee("lessThanInclusive", "10000"), band("0", "1")), tier("high", fee("greaterThanInclusive", "10000"), band("1", "5"))],
  });
  it("without a declaration the shared value is an overlap, with a hint", async () => {
    expect(await issuesOf(shared)).toEqual([expect.stringContaining("TIERS_OVERLAP: 阶次重叠：unpaidFee=10000 时 第1阶次“low”、第2阶次“high” 同时适用（仅在分界值上重叠")]);
  });
  it("a declared boundary accepts exactly that overlap, and no other", async () => {
    expect(await issuesOf(shared, { settings: { ...generalHeader().settings, boundary: "upper" } })).toEqual([]);
    expect(await issuesOf({ ...shared, boundary: "lower" })).toEqual([]);
    const wide = theft({ tiers: [tier("low", fee("lessThanInclusive", "20000")), tier("high", fee("greaterThanInclusive", "10000"))], boundary: "lower" });
    expect(await issuesOf(wide)).toEqual(["TIERS_OVERLAP: 阶次重叠：unpaidFee=10000 时 第1阶次“low”、第2阶次“high” 同时适用"]);
  });
  it("the engine gives the boundary value to the declared tier, and the neighbours to their own", async () => {
    const lower = await load({ ...shared, boundary: "lower" });
    const upper = await load(shared, { settings: { ...generalHeader().settings, boundary: "upper" } });
    expect((await assess(lower, input("theft", { unpaidFee: "10000" }))).tier?.id).toBe("low");
    expect((await assess(upper, input("theft", { unpaidFee: "10000" }))).tier?.id).toBe("high");
    expect((await assess(upper, input("theft", { unpaidFee: "9999.99" }))).tier?.id).toBe("low");
    expect((await assess(lower, input("theft", { unpaidFee: "10000.01" }))).tier?.id).toBe("high");
    const r = await assess(upper, input("theft", { unpaidFee: "10000" }));
    expect(r.explanation.find((e) => e.step === "tier")?.zh).toContain("分界值归较重的阶次");
    expect(r.explanation.find((e) => e.step === "tier")?.basis).toContain("民法典第一千二百五十九条");
  });
});

describe("5. facts required only sometimes (requiredWhen)", () => {
  const kind = { name: "projectKind", type: "enum" as const, title: "项目类型", required: true, values: [{ value: "building", title: "建筑" }, { value: "other", title: "其他" }] };
  const area = { name: "floorArea", type: "number" as const, title: "建筑面积", unit: "平方米", required: false, requiredWhen: { fact: "projectKind", operator: "equal" as const, value: "building" } };
  const building: ConditionT = { fact: "projectKind", operator: "equal", value: "building" };
  const o = theft({
    facts: [{ name: "unpaidFee", type: "money", title: "应交电费", required: true }, kind, area],
    tiers: [
      tier("other", { fact: "projectKind", operator: "equal", value: "other" }, band("0", "1")),
      tier("small", { all: [building, { fact: "floorArea", operator: "lessThan", value: "1000" }] }, band("1", "3")),
      tier("large", { all: [building, { fact: "floorArea", operator: "greaterThanInclusive", value: "1000" }] }, band("3", "5")),
    ],
  });
  it("a tier may read it where it is required; the coverage proof knows it is absent elsewhere", async () => {
    expect(await issuesOf(o)).toEqual([]);
    const unguarded = { ...o, tiers: [tier("small", { fact: "floorArea", operator: "lessThan", value: "1000" }), tier("large", { fact: "floorArea", operator: "greaterThanInclusive", value: "1000" })] };
    expect(await issuesOf(unguarded)).toEqual(["TIERS_GAP: 阶次留有空档：floorArea=（未填）, projectKind=other 时没有任何阶次适用"]);
    expect(await issuesOf({ ...o, facts: [o.facts?.[0] as never, kind, { ...area, requiredWhen: undefined }] })).toEqual([
      'FACT_OPTIONAL_IN_CONDITION: 第2阶次“small”：条件引用的事实 "floorArea" 须为必填',
      'FACT_OPTIONAL_IN_CONDITION: 第3阶次“large”：条件引用的事实 "floorArea" 须为必填',
    ]);
    expect(await issuesOf({ ...o, facts: [o.facts?.[0] as never, kind, { ...area, required: true }] })).toEqual(['REQUIRED_WHEN_CONFLICT: 事实 "floorArea" 写了 requiredWhen（按条件必填），required 须为 false']);
    expect(await issuesOf({ ...o, facts: [o.facts?.[0] as never, kind, { ...area, requiredWhen: { all: [building, { circumstance: "serious-harm" }] } }] })).toContain('CONDITION_CIRCUMSTANCE: 此处条件只能读取事实，不能读取情节 "serious-harm"');
  });
  it("not demanded otherwise; a 400 naming the path where the case needs it", async () => {
    const r = await load(o);
    expect((await assess(r, input("theft", { unpaidFee: "1000", projectKind: "other" }))).tier?.id).toBe("other");
    expect((await assess(r, input("theft", { unpaidFee: "1000", projectKind: "building", floorArea: 1000 }))).tier?.id).toBe("large");
    const err = await failure(r, input("theft", { unpaidFee: "1000", projectKind: "building" }));
    expect(err.code).toBe("INPUT_INVALID");
    expect(err.issues.map((i) => [i.code, i.path])).toEqual([["FACT_MISSING", "facts.floorArea"]]);
  });
  it("given where it does not apply, it is left out with a warning", async () => {
    const r = await assess(await load(o), input("theft", { unpaidFee: "1000", projectKind: "other", floorArea: 5000 }));
    expect(r.tier?.id).toBe("other");
    expect(r.warnings.map((w) => w.code)).toContain("FACT_NOT_APPLICABLE");
  });
});

describe("6. declared gaps", () => {
  const gap = { id: "individual", title: "个案裁量", when: fee("greaterThanInclusive", "50000"), reason: "应交电费5万元以上的，由局务会议个案研究", basis: "本基准说明第三条" };
  const o = theft({ tiers: [tier("low", fee("lessThan", "5000"), band("0", "1")), tier("mid", { all: [fee("greaterThanInclusive", "5000"), fee("lessThan", "50000")] }, band("1", "3"))], gaps: [gap] });
  it("a declared gap covers its region; an undeclared one is still an error; a gap may not overlap a tier", async () => {
    expect(await issuesOf(o)).toEqual([]);
    expect(await issuesOf({ ...o, gaps: [] })).toEqual(["TIERS_GAP: 阶次留有空档：unpaidFee=50000 时没有任何阶次适用"]);
    expect(await issuesOf({ ...o, gaps: [{ ...gap, when: fee("greaterThanInclusive", "40000") }] })).toEqual(["TIERS_OVERLAP: 阶次重叠：unpaidFee=40000 时 第2阶次“mid”、未覆盖情形“个案裁量” 同时适用"]);
    expect(await issuesOf({ ...o, boundary: "upper", gaps: [{ ...gap, when: fee("greaterThanInclusive", "49999.99") }] })).toEqual([expect.stringMatching(/^TIERS_OVERLAP/)]);
  });
  it("a case in the gap: outcome individual-decision, no tier, no placeholder fine, the reason as warning TIER_NOT_COVERED", async () => {
    const r = await assess(await load(o), input("theft", { unpaidFee: "60000" }));
    expect(r.outcome).toBe("individual-decision");
    expect(r.tier).toBeNull();
    expect(r.fine).toBeNull();
    expect(r.penalties).toEqual([]);
    expect(r.measures.map((m) => m.type)).toEqual(["order-to-stop", "recover-fee"]);
    const w = r.warnings.find((x) => x.code === "TIER_NOT_COVERED");
    expect(w?.zh).toContain("应交电费5万元以上的，由局务会议个案研究");
    expect(r.explanation.find((e) => e.step === "tier")?.basis).toEqual(["电力法第七十一条", "本基准说明第三条"]);
    // Left to individual decision, the case goes the ordinary way: filed, no summary procedure (art. 54 ¶2).
    expect([r.procedure.summary, r.procedure.filingRequired]).toEqual([false, true]);
  });
  it("review: a penalty the statute allows, decided with a recorded reason, is no finding; without one, a warning", async () => {
    const r = await load(o);
    const decided = (reason?: string) => ({
      ...input("theft", { unpaidFee: "60000" }),
      caseNumber: "示例〔2025〕1号",
      decided: { procedure: "ordinary" as const, penalties: [{ type: "fine" as const, amount: "100000" }], hearingOffered: true, legalReviewed: true, collectiveDiscussed: true, dates: { filed: "2025-05-22", decided: "2025-06-10" }, ...(reason ? { reason } : {}) },
    });
    const type = (fs: Awaited<ReturnType<typeof review>>) => fs.filter((f) => f.code === "PENALTY_TYPE_NOT_ALLOWED").map((f) => f.severity);
    expect(type(await review(r, decided("局务会议集体讨论，按法定幅度个案裁量")))).toEqual([]);
    expect(type(await review(r, decided()))).toEqual(["warning"]);
  });
  it("the mandatory exemptions still come first", async () => {
    const r = await assess(await load(o), input("theft", { unpaidFee: "60000" }, ["minor-violation", "corrected-promptly", "no-harm"]));
    expect(r.outcome).toBe("no-penalty");
  });
});
