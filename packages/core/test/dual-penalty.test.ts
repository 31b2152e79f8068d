// 两罚 (双罚, issue 9 construct 7): one row fines the unit and also its directly responsible persons
// (直接负责的主管人员和其他直接责任人员), each with its own statute, tiers and result, chosen by
// party.role. Checked at load like a row of its own, and through assess() and review().
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess, CailiangError, Registry, review, type AssessInputT } from "../src/index.js";
import { D, formatMoney } from "../src/money.js";
import { diffVersions, publishedTable } from "../src/publish/index.js";
import type { OffenseInputT } from "../src/schema/ruleset.js";
import { generalHeader, rulesetOf, sourceOf, theft } from "./fixture-pack.js";

const QUALITY = "建设工程质量管理条例";
const ref = (article: number, text: string) => ({ law: QUALITY, lawVersion: "2019-04-23", article, text });
/** 第七十三条, the persons' own article, quoted verbatim. */
const art73 = ref(73, "依照本条例规定，给予单位罚款处罚的，对单位直接负责的主管人员和其他直接责任人员处单位罚款数额5%以上10%以下的罚款。");
type Persons = NonNullable<OffenseInputT["responsiblePersons"]>;

/** 建设工程质量管理条例第五十六条 for the unit (20万–50万), 第七十三条 for its persons (5%–10% of the unit's fine). */
function quality(persons: Partial<Persons> = {}, over: Partial<OffenseInputT> = {}): OffenseInputT {
  return {
    id: "quality-56",
    title: "建设单位迫使承包方以低于成本的价格竞标",
    category: "建设工程",
    authority: "建设行政主管部门",
    legalBasis: {
      violated: [ref(10, "建设工程发包单位，不得迫使承包方以低于成本的价格竞标，不得任意压缩合理工期。")],
      penalty: [ref(56, "违反本条例规定，建设单位有下列行为之一的，责令改正，处20万元以上50万元以下的罚款：")],
    },
    measures: [{ type: "order-to-correct" }],
    statutory: { penalties: [{ type: "fine", mode: "mandatory" }], fine: { kind: "range", min: "200000", max: "500000" } },
    facts: [{ name: "bidShortfall", type: "money", title: "低于成本的差额", unit: "元", required: true }],
    tiers: [
      { id: "general", title: "一般", description: "差额不满100万元", when: { fact: "bidShortfall", operator: "lessThan", value: "1000000" }, penalties: [], fine: { kind: "amount", min: "200000", max: "350000" } },
      { id: "serious", title: "严重", description: "差额100万元以上", when: { fact: "bidShortfall", operator: "greaterThanInclusive", value: "1000000" }, penalties: [], fine: { kind: "amount", min: "350000", max: "500000" } },
    ],
    responsiblePersons: {
      legalBasis: { penalty: [art73] },
      facts: [{ name: "unitFine", type: "money", title: "单位罚款数额", unit: "元", required: true }],
      statutory: { penalties: [{ type: "fine", mode: "mandatory" }], fine: { kind: "multiple", base: "unitFine", minMultiple: "0.05", maxMultiple: "0.1" } },
      tiers: [{ id: "persons", title: "一般", description: "按单位罚款数额的百分比", penalties: [], fine: { kind: "multiple", min: "0.05", max: "0.1" } }],
      ...persons,
    },
    ...over,
  };
}

const load = (...offenses: OffenseInputT[]) => Registry.load([sourceOf(rulesetOf(generalHeader(), offenses))]);
async function issuesOf(o: OffenseInputT): Promise<string[]> {
  const { issues } = await Registry.check([sourceOf(rulesetOf(generalHeader(), [o]))]);
  return issues.map((i) => `${i.code} ${i.path}`);
}
const dates = { act: "2025-03-01", discovered: "2025-05-20", filed: "2025-05-22", decision: "2025-06-10" };
function input(party: AssessInputT["party"], facts: AssessInputT["facts"], over: Partial<AssessInputT> = {}): AssessInputT {
  return { offense: "quality-56", party, dates, facts, circumstances: [], ...over };
}
const unit = { kind: "organization" } as const;
const person = { kind: "individual", age: 45, role: "responsible-person" } as const;
async function failure(r: Registry, i: AssessInputT): Promise<CailiangError> {
  const err = await assess(r, i).then(() => null, (e: unknown) => e);
  if (!(err instanceof CailiangError)) throw new Error("expected a CailiangError");
  return err;
}

describe("7. 两罚: each role gets its own statute, tiers and result", () => {
  it("the unit (the default role) is assessed under the row, as before", async () => {
    const r = await assess(await load(quality()), input(unit, { bidShortfall: "500000" }));
    expect(r.role).toBe("organization");
    expect(r.tier?.id).toBe("general");
    expect(r.fine).toMatchObject({ statutory: { min: "200000", max: "500000" }, band: { min: "200000", max: "350000" }, recommended: { point: "275000" } });
    expect(r.measures.map((m) => m.type)).toEqual(["order-to-correct"]);
    // 20万 for an organization is a major case in the fixture (organization ≥ 200000).
    expect(r.procedure.major).toBe(true);
  });

  it("the responsible persons get 5%–10% of the unit's fine, under their own article, as individuals", async () => {
    const r = await assess(await load(quality()), input(person, { bidShortfall: "500000", unitFine: "500000" }));
    expect(r.role).toBe("responsible-person");
    expect(r.tier?.id).toBe("persons");
    expect(r.fine).toMatchObject({ statutory: { min: "25000", max: "50000" }, band: { min: "25000", max: "50000" }, recommended: { min: "25000", max: "50000", point: "37500" } });
    expect(r.penalties).toEqual([{ type: "fine", title: "罚款", mandatory: true, basis: "建设工程质量管理条例第七十三条" }]);
    // The order to correct is the unit's, not the persons'.
    expect(r.measures).toEqual([]);
    // Individuals' thresholds: a hearing from 1000 yuan, a major case only from 50000 (the unit's would be 200000).
    expect(r.procedure).toMatchObject({ hearing: true, major: false, summary: false });
    const tier = r.explanation.find((e) => e.step === "tier");
    expect(tier?.zh).toBe("对单位直接负责的主管人员和其他直接责任人员适用「一般」阶次：按单位罚款数额的百分比");
    expect(tier?.refs).toContainEqual({ kind: "rule", file: "fixture/1.0.0.json", path: "offenses[0].responsiblePersons.tiers[0]" });
    const fine = r.explanation.find((e) => e.step === "fine");
    expect(fine?.zh).toMatch(/^对单位直接负责的主管人员和其他直接责任人员：法定罚款幅度 25000–50000 元（单位罚款数额的 0\.05 至 0\.1 倍）/);
    expect(fine?.refs).toContainEqual({ kind: "law", law: QUALITY, article: 73, text: art73.text });
    expect(fine?.refs).toContainEqual({ kind: "rule", file: "fixture/1.0.0.json", path: "offenses[0].responsiblePersons.statutory.fine" });
  });

  it("the persons' tiers may read the row's facts and circumstances", async () => {
    const keyed = quality({
      tiers: [
        { id: "small", title: "一般", description: "差额不满100万元", when: { fact: "bidShortfall", operator: "lessThan", value: "1000000" }, penalties: [], fine: { kind: "multiple", min: "0.05", max: "0.07" } },
        { id: "large", title: "严重", description: "差额100万元以上或者再次违法", when: { any: [{ fact: "bidShortfall", operator: "greaterThanInclusive", value: "1000000" }, { circumstance: "repeat-offense" }] }, penalties: [], fine: { kind: "multiple", min: "0.07", max: "0.1" } },
      ],
    });
    expect(await issuesOf(keyed)).toEqual(["TIERS_OVERLAP offenses[0].responsiblePersons.tiers"]);
    const fixed = quality({ tiers: keyed.responsiblePersons?.tiers.map((t, i) => (i === 0 ? { ...t, when: { all: [{ fact: "bidShortfall", operator: "lessThan", value: "1000000" }, { not: { circumstance: "repeat-offense" } }] } } : t)) ?? [] });
    expect(await issuesOf(fixed)).toEqual([]);
    const r = await load(fixed);
    const again = await assess(r, input(person, { bidShortfall: "500000", unitFine: "300000" }, { circumstances: ["repeat-offense"] }));
    // 0.07–0.1 × 300000 = 21000–30000; the circumstance chose the tier and is not counted again: the middle.
    expect([again.tier?.id, again.fine?.recommended.point]).toEqual(["large", "25500"]);
  });
});

describe("7. 两罚: the input names a role the row has", () => {
  it("a row without the block has no responsible persons: 400 at party.role", async () => {
    const err = await failure(await load(quality(), theft()), input(person, { unpaidFee: "1000" }, { offense: "theft" }));
    expect(err.code).toBe("INPUT_INVALID");
    expect(err.issues.map((i) => [i.code, i.path])).toEqual([["ROLE_NOT_IN_OFFENSE", "party.role"]]);
    expect(err.issues[0]?.zh).toContain("未规定对单位直接负责的主管人员和其他直接责任人员的处罚（电力法第七十一条）");
  });
  it("a concurrent row without the block is named at its own path", async () => {
    const err = await failure(await load(quality(), theft()), input(person, { bidShortfall: "1", unitFine: "200000", unpaidFee: "1000" }, { concurrent: ["theft"] }));
    expect(err.issues.map((i) => [i.code, i.path])).toEqual([["ROLE_NOT_IN_OFFENSE", "concurrent[0]"]]);
  });
  it("the persons are natural persons: role responsible-person needs kind individual", async () => {
    const err = await failure(await load(quality()), input({ kind: "organization", role: "responsible-person" }, { bidShortfall: "1", unitFine: "200000" }));
    expect(err.issues.map((i) => [i.code, i.path])).toEqual([["ROLE_NEEDS_INDIVIDUAL", "party.role"]]);
  });
  it("the persons' facts are theirs: missing for them, unknown for the unit", async () => {
    const r = await load(quality());
    expect((await failure(r, input(person, { bidShortfall: "1" }))).issues.map((i) => [i.code, i.path])).toEqual([["FACT_MISSING", "facts.unitFine"]]);
    expect((await failure(r, input(unit, { bidShortfall: "1", unitFine: "200000" }))).issues.map((i) => [i.code, i.path])).toEqual([["FACT_UNKNOWN", "facts.unitFine"]]);
  });
});

describe("7. 两罚: the block is validated like a row, at its own path", () => {
  it("the example loads with no issue", async () => {
    expect(await issuesOf(quality())).toEqual([]);
  });
  it("a band outside the persons' statute", async () => {
    const wide = quality({ tiers: [{ id: "persons", title: "一般", description: "按单位罚款数额的百分比", penalties: [], fine: { kind: "multiple", min: "0.05", max: "0.2" } }] });
    expect(await issuesOf(wide)).toEqual(["BAND_OUTSIDE_STATUTE offenses[0].responsiblePersons.tiers[0].fine.max"]);
  });
  it("a persons' bound its quoted article does not name (FINE_NOT_IN_TEXT), against its own article", async () => {
    const statutory = { penalties: [{ type: "fine" as const, mode: "mandatory" as const }], fine: { kind: "multiple" as const, base: "unitFine", minMultiple: "0.05", maxMultiple: "0.2" } };
    expect(await issuesOf(quality({ statutory, tiers: [{ id: "persons", title: "一般", description: "—", penalties: [], fine: { kind: "multiple", min: "0.05", max: "0.1" } }] }))).toEqual(["FINE_NOT_IN_TEXT offenses[0].responsiblePersons.statutory.fine.maxMultiple"]);
    // Without a legalBasis of its own the block is read against the row's article (第五十六条 names no 5%).
    const { legalBasis: _own, ...withoutOwn } = quality().responsiblePersons as Persons;
    expect(await issuesOf(quality(undefined, { responsiblePersons: withoutOwn }))).toEqual([
      "FINE_NOT_IN_TEXT offenses[0].responsiblePersons.statutory.fine.minMultiple",
      "FINE_NOT_IN_TEXT offenses[0].responsiblePersons.statutory.fine.maxMultiple",
    ]);
  });
  it("tiers of the persons that leave a gap, a fact that repeats the row's, an undeclared circumstance", async () => {
    const gap = quality({ tiers: [{ id: "persons", title: "一般", description: "—", when: { fact: "unitFine", operator: "lessThan", value: "300000" }, penalties: [], fine: { kind: "multiple", min: "0.05", max: "0.1" } }] });
    expect(await issuesOf(gap)).toEqual(["TIERS_GAP offenses[0].responsiblePersons.tiers"]);
    const twice = quality({ facts: [{ name: "bidShortfall", type: "money", title: "差额", required: true }, { name: "unitFine", type: "money", title: "单位罚款数额", required: true }] });
    expect(await issuesOf(twice)).toEqual(["DUPLICATE_ID offenses[0].responsiblePersons.facts[0].name"]);
    const unknown = quality({ statutory: { penalties: [{ type: "fine", mode: "mandatory" }, { type: "warning", mode: "conditional", when: ["no-such"], then: "mandatory" }], fine: quality().responsiblePersons?.statutory.fine ?? null } });
    expect(await issuesOf(unknown)).toEqual(["CIRCUMSTANCE_UNDECLARED offenses[0].responsiblePersons.statutory.penalties[1].when[0]"]);
  });
});

describe("7. 两罚: review checks the persons' fine against their own statute", () => {
  const decided = (amount: string) => ({
    ...input(person, { bidShortfall: "500000", unitFine: "500000" }),
    caseNumber: "鹿工信罚〔2025〕1号",
    decided: { procedure: "ordinary" as const, penalties: [{ type: "fine" as const, amount }], hearingOffered: true, legalReviewed: true, collectiveDiscussed: false, dates: { filed: "2025-05-22", decided: "2025-06-10" } },
  });
  const codes = async (amount: string) => (await review(await load(quality()), decided(amount))).map((f) => f.code);
  it("above 10% of the unit's fine is above the persons' maximum; inside the recommendation is no fine finding", async () => {
    expect(await codes("60000")).toContain("FINE_ABOVE_STATUTORY_MAX");
    expect((await codes("37500")).filter((c) => c.startsWith("FINE_"))).toEqual([]);
  });
});

describe("7. 两罚: the published table shows both parties", () => {
  it("the persons' tiers follow the unit's, titled with whom they are for, under their own article", async () => {
    const r = await load(quality());
    const [row] = publishedTable(r.get("fixture", "2025-06-10")).rows;
    expect(row?.penalty.map((p) => p.cite)).toEqual(["建设工程质量管理条例第五十六条", "建设工程质量管理条例第七十三条"]);
    expect(row?.tiers.map((t) => [t.id, t.title])).toEqual([
      ["general", "一般"],
      ["serious", "严重"],
      ["responsible-person.persons", "一般（对单位直接负责的主管人员和其他直接责任人员）"],
    ]);
    expect(row?.tiers[2]?.standard).toContain("单位罚款数额");
  });
});

describe("7. 两罚: a new version's changes to the persons' part are listed as theirs", () => {
  it("a persons' band raised is heavier, and named for the persons' tier", async () => {
    const before = (await load(quality())).get("fixture", "2025-06-10");
    const raised = quality({ tiers: [{ id: "persons", title: "一般", description: "按单位罚款数额的百分比", penalties: [], fine: { kind: "multiple", min: "0.06", max: "0.1" } }] });
    const after = (await load(raised)).get("fixture", "2025-06-10");
    const changes = diffVersions(before, after).changes.filter((c) => c.offense?.id === "quality-56");
    expect(changes.map((c) => [c.kind, c.direction, c.tier?.id, c.zh])).toEqual([["band", "heavier", "responsible-person.persons", expect.stringMatching(/^对单位直接负责的主管人员和其他直接责任人员：/)]]);
    const without = (await load(quality(undefined, { responsiblePersons: undefined }))).get("fixture", "2025-06-10");
    expect(diffVersions(without, before).changes.filter((c) => c.offense?.id === "quality-56").map((c) => [c.kind, c.direction, c.zh])).toEqual([["statutory", "heavier", "新增对单位直接负责的主管人员和其他直接责任人员的处罚（两罚）"]]);
  });
});

describe("7. 两罚: a small unit fine", () => {
  it("a persons' minimum under one yuan leaves no 减轻 range below it (not a reversed one)", async () => {
    const r = await assess(await load(quality()), input(person, { bidShortfall: "1", unitFine: "10" }, { circumstances: ["eliminated-harm"] }));
    expect(r.fine?.statutory).toEqual({ min: "0.50", max: "1" });
    expect(r.fine?.reduction).toBeNull();
  });
});

describe("7. 两罚: invariants", () => {
  const cents = fc.bigInt({ min: 1n, max: 10_000_000_000n }).map((n) => (Number(n) / 100).toFixed(2));
  const circumstances = fc.subarray(["first-offense", "eliminated-harm", "repeat-offense", "obstructed"]);
  it("the persons' statute is exactly 5%–10% of the unit's fine, the recommendation inside it; the unit's result is the row's alone", async () => {
    const [withBlock, without] = await Promise.all([load(quality()), load(quality(undefined, { responsiblePersons: undefined }))]);
    await fc.assert(
      fc.asyncProperty(cents, cents, circumstances, async (shortfall, unitFine, found) => {
        const p = await assess(withBlock, input(person, { bidShortfall: shortfall, unitFine }, { circumstances: found }));
        const f = p.fine;
        if (!f) throw new Error("the persons' fine is mandatory");
        expect([f.statutory.min, f.statutory.max]).toEqual([formatMoney(D(unitFine).times("0.05")), formatMoney(D(unitFine).times("0.1"))]);
        expect(D(f.recommended.min).gte(D(f.reduction?.min ?? f.statutory.min).floor()), JSON.stringify(f)).toBe(true);
        expect(D(f.recommended.max).lte(f.statutory.max), JSON.stringify(f)).toBe(true);
        const u = await assess(withBlock, input(unit, { bidShortfall: shortfall }, { circumstances: found }));
        const alone = await assess(without, input(unit, { bidShortfall: shortfall }, { circumstances: found }));
        expect([u.role, u.tier, u.fine, u.penalties, u.procedure]).toEqual(["organization", alone.tier, alone.fine, alone.penalties, alone.procedure]);
      }),
      { numRuns: 60 },
    );
  });
});
