import { describe, expect, it } from "vitest";
import { CailiangError, formatIssues, issueLines, Registry } from "../src/index.js";
import type { OffenseInputT, RulesetInputT } from "../src/schema/ruleset.js";
import { workCalendar } from "../src/law/calendar.js";
import { rulesetHash } from "../src/load/content-hash.js";
import { explosives, fixtureRuleset, generalHeader, noFine, rulesetOf, sourceOf, theft } from "./fixture-pack.js";

async function issuesOf(value: unknown, path?: string) {
  const { issues } = await Registry.check([sourceOf(value, path)]);
  return issues;
}
const codes = async (value: unknown) => (await issuesOf(value)).map((i) => `${i.code} ${i.path}`);
const withOffense = (o: OffenseInputT): RulesetInputT => rulesetOf(generalHeader(), [o]);

describe("loading a valid pack", () => {
  it("compiles every offense and gives the version a sha256 content hash", async () => {
    const registry = await Registry.load([sourceOf(fixtureRuleset())]);
    const v = registry.get("fixture", "2024-06-01");
    expect([...v.offenses.keys()]).toEqual(["theft", "explosives", "no-fine", "refused-only", "alternatives"]);
    expect(v.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it("hashes content, not layout: the same rules written compactly hash the same", async () => {
    const a = await Registry.load([sourceOf(fixtureRuleset())]);
    const b = await Registry.load([{ files: [{ path: "x.json", text: JSON.stringify(fixtureRuleset()) }] }]);
    const c = await Registry.load([sourceOf(fixtureRuleset({ title: "另一个标题" }))]);
    expect(a.get("fixture").hash).toBe(b.get("fixture").hash);
    // Keys in another order, and a $schema for the editor: still the same rules.
    const reversed = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reversed) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)])) : v;
    const shuffled = await Registry.load([sourceOf({ $schema: "../schema/ruleset.schema.json", ...(reversed(fixtureRuleset()) as object) })]);
    expect(shuffled.get("fixture").hash).toBe(a.get("fixture").hash);
    expect(a.get("fixture").hash).not.toBe(c.get("fixture").hash);
  });

  it("hashes the working-day calendar with the rules: a new holiday schedule is a new hash", async () => {
    const loaded = (await Registry.load([sourceOf(fixtureRuleset())])).get("fixture");
    const rules = loaded.def;
    expect(await rulesetHash(rules, workCalendar().fingerprint)).toBe(loaded.hash);
    expect(await rulesetHash(rules, "chinese-days 2004-2027 fnv1a:00000000")).not.toBe(await rulesetHash(rules, workCalendar().fingerprint));
  });

  it("leaves effectiveTo out of the hash: closing a version by a later one keeps its hash", async () => {
    const open = (await Registry.load([sourceOf(fixtureRuleset({ effectiveTo: null }))])).get("fixture");
    const closed = (await Registry.load([sourceOf(fixtureRuleset({ effectiveTo: "2030-12-31" }))])).get("fixture");
    const retitled = (await Registry.load([sourceOf(fixtureRuleset({ effectiveTo: null, title: "另一标题" }))])).get("fixture");
    expect(closed.hash).toBe(open.hash);
    expect(retitled.hash).not.toBe(open.hash);
  });

  it("reads a version split into a header file and one file per offense", async () => {
    const header = generalHeader();
    const files = [
      { path: "v/ruleset.json", text: JSON.stringify(header, null, 2) },
      { path: "v/offenses/theft.json", text: JSON.stringify(theft(), null, 2) },
      { path: "v/offenses/no-fine.json", text: JSON.stringify(noFine(), null, 2) },
    ];
    const registry = await Registry.load([{ files }]);
    expect([...registry.get("fixture").offenses.keys()]).toEqual(["theft", "no-fine"]);
  });
});

describe("rule files with errors are rejected with every issue and its location", () => {
  it("an offense file that does not parse does not hide the other files' issues", async () => {
    const broken = theft();
    (broken.tiers[1] as { fine: unknown }).fine = { kind: "multiple", min: "1", max: "9" };
    const files = [
      { path: "v/ruleset.json", text: JSON.stringify(generalHeader(), null, 2) },
      { path: "v/offenses/a.json", text: '{ "id": "a", "titel": "x" }' },
      { path: "v/offenses/b.json", text: "{ oops" },
      { path: "v/offenses/theft.json", text: JSON.stringify(broken, null, 2) },
    ];
    const { issues } = await Registry.check([{ files }]);
    // In the order of the files, then the checks across files.
    expect(issues.map((i) => `${i.code} ${i.file}:${i.line}:${i.column} ${i.path}`)).toEqual([
      "SCHEMA_INVALID_TYPE v/offenses/a.json:1:1 title",
      "SCHEMA_INVALID_TYPE v/offenses/a.json:1:1 category",
      "SCHEMA_INVALID_TYPE v/offenses/a.json:1:1 authority",
      "SCHEMA_INVALID_TYPE v/offenses/a.json:1:1 legalBasis",
      "SCHEMA_INVALID_TYPE v/offenses/a.json:1:1 statutory",
      "SCHEMA_INVALID_TYPE v/offenses/a.json:1:1 tiers",
      "UNKNOWN_FIELD v/offenses/a.json:1:14 titel",
      "JSON_SYNTAX v/offenses/b.json:1:3 ",
      "BAND_OUTSIDE_STATUTE v/offenses/theft.json:92:9 tiers[1].fine.max",
    ]);
  });

  it("a JSON syntax error names file, line and column", async () => {
    const { issues } = await Registry.check([{ files: [{ path: "bad.json", text: '{\n  "id": "x",\n  "title": \n}' }] }]);
    expect(formatIssues(issues)).toMatchInlineSnapshot(`
      "✖ JSON 语法错误：冒号后缺少值：请填写值（文字加英文双引号，如 "盗窃电能"；数字、true、false、null 不加） / JSON syntax error: A value is expected after the colon (text in double quotes; numbers, true, false, null without)
        → at bad.json:3:11 [JSON_SYNTAX]"
    `);
    // One line per issue, as logs and the CLI print them.
    expect(issueLines(issues)).toEqual([`bad.json:3:11  ${issues[0]?.zh} / ${issues[0]?.en} [JSON_SYNTAX]`]);
  });

  it("an unknown field and a malformed amount point at their own lines", async () => {
    const o = theft() as OffenseInputT & { penaltyy?: string };
    o.penaltyy = "typo";
    (o.tiers[0] as { fine: unknown }).fine = { kind: "multiple", min: "0", max: "1.x" };
    const issues = await issuesOf(withOffense(o), "pack/1.0.0.json");
    expect(formatIssues(issues)).toMatchInlineSnapshot(`
      "✖ 第1阶次“较轻”：须为非负十进制字符串，如 "5"、"0.3" / Tier 1 "较轻" (light): must be a non-negative decimal string, e.g. "5" or "0.3"
        → at pack/1.0.0.json:288:13 offenses[0].tiers[0].fine.max [SCHEMA_INVALID_FORMAT]
      ✖ 未知字段 "penaltyy" / Unknown field "penaltyy"
        → at pack/1.0.0.json:333:7 offenses[0].penaltyy [UNKNOWN_FIELD]"
    `);
  });

  it("a band outside the statutory bounds", async () => {
    const o = explosives();
    (o.tiers[2] as { fine: unknown }).fine = { kind: "amount", min: "400000", max: "600000" };
    expect(formatIssues(await issuesOf(withOffense(o)))).toMatchInlineSnapshot(`
      "✖ 第3阶次“严重”：阶次罚款幅度 [400000, 600000] 超出法定幅度 [100000, 500000] 元 / Tier 3 "严重" (serious): The band [400000, 600000] lies outside the statutory bounds [100000, 500000] 元
        → at fixture/1.0.0.json:369:13 offenses[0].tiers[2].fine.max [BAND_OUTSIDE_STATUTE]"
    `);
  });

  it("a row that touches safety must cite why; its harm facts must be declared", async () => {
    const o = explosives({ limitation: { years: 2, touchesSafety: true, harmWhen: { fact: "casualtie", operator: "greaterThan", value: 0 } } });
    const codes = (await issuesOf(withOffense(o))).map((i) => `${i.code} ${i.path}`);
    expect(codes).toContain("SAFETY_BASIS_MISSING offenses[0].limitation.touchesSafety");
    expect(codes.some((c) => c.startsWith("FACT_UNDECLARED offenses[0].limitation.harmWhen"))).toBe(true);
  });

  it("overlapping tiers and a gap between tiers, with an example of the facts", async () => {
    const overlap = theft();
    (overlap.tiers[0] as { when: unknown }).when = { fact: "unpaidFee", operator: "lessThanInclusive", value: "5000" };
    const gap = theft();
    (gap.tiers[2] as { when: unknown }).when = { fact: "unpaidFee", operator: "greaterThan", value: "50000" };
    expect(formatIssues(await issuesOf(withOffense(overlap)))).toMatchInlineSnapshot(`
      "✖ 阶次重叠：unpaidFee=5000 时 第1阶次“较轻”、第2阶次“一般” 同时适用（仅在分界值上重叠：以上、以下均包括本数，请在 settings.boundary 或本行 boundary 中写明分界值归哪一阶次） / The tiers overlap: light, general all apply when unpaidFee=5000 (only at a threshold value: declare which tier takes it in settings.boundary or the offense's boundary)
        → at fixture/1.0.0.json:274:7 offenses[0].tiers [TIERS_OVERLAP]"
    `);
    expect(formatIssues(await issuesOf(withOffense(gap)))).toMatchInlineSnapshot(`
      "✖ 阶次留有空档：unpaidFee=50000 时没有任何阶次适用 / The tiers leave a gap: none applies when unpaidFee=50000
        → at fixture/1.0.0.json:274:7 offenses[0].tiers [TIERS_GAP]"
    `);
  });

  it("facts and circumstances used but not declared", async () => {
    const o = theft();
    (o.tiers[0] as { when: unknown }).when = { fact: "unpaidFees", operator: "lessThan", value: "5000" };
    o.measures = [{ type: "order-to-stop", when: ["no-such-circumstance"] }];
    expect(await codes(withOffense(o))).toEqual(["CIRCUMSTANCE_UNDECLARED offenses[0].measures[0].when[0]", "FACT_UNDECLARED offenses[0].tiers[0].when.fact"]);
  });

  it("a penalty type the statute does not allow, and a fine where it authorizes none", async () => {
    const o = noFine();
    o.tiers = [{ id: "only", title: "一般", description: "x", penalties: ["fine", "revoke-license"], fine: { kind: "amount", min: "0", max: "1000" } }];
    expect(await codes(withOffense(o))).toEqual([
      "FINE_NOT_AUTHORIZED offenses[0].tiers[0].penalties[0]",
      "PENALTY_NOT_AUTHORIZED offenses[0].tiers[0].penalties[1]",
      "FINE_NOT_AUTHORIZED offenses[0].tiers[0].fine",
    ]);
    const withFine = noFine();
    withFine.statutory = { penalties: [{ type: "confiscate-illegal-property", mode: "mandatory" }], fine: { kind: "range", min: "0", max: "1000" } };
    expect(await codes(withOffense(withFine))).toContain("FINE_NOT_AUTHORIZED offenses[0].statutory.fine");
  });

  it("duplicate ids and a missing general circumstance", async () => {
    const header = generalHeader();
    header.circumstances = header.circumstances.filter((c) => c.id !== "coerced");
    const value = rulesetOf(header, [theft(), theft()]);
    expect(await codes(value)).toEqual(["GENERAL_CIRCUMSTANCE_MISSING circumstances", "DUPLICATE_ID offenses[1].id"]);
  });

  it("a condition value of the wrong type, and an optional fact in a condition", async () => {
    const o = theft();
    (o.tiers[0] as { when: unknown }).when = { fact: "unpaidFee", operator: "lessThan", value: true };
    o.facts = [{ name: "unpaidFee", type: "money", title: "应交电费", required: false }];
    expect(await codes(withOffense(o))).toEqual([
      "FACT_OPTIONAL_IN_CONDITION offenses[0].statutory.fine.base",
      "FACT_OPTIONAL_IN_CONDITION offenses[0].tiers[0].when",
      "CONDITION_VALUE offenses[0].tiers[0].when",
      "FACT_OPTIONAL_IN_CONDITION offenses[0].tiers[1].when.all[0]",
      "FACT_OPTIONAL_IN_CONDITION offenses[0].tiers[1].when.all[1]",
      "FACT_OPTIONAL_IN_CONDITION offenses[0].tiers[2].when",
    ]);
  });

  it("a JSONPath in a condition is refused by the schema (CVE-2024-21534)", async () => {
    const o = theft();
    (o.tiers[0] as { when: unknown }).when = { fact: "unpaidFee", operator: "lessThan", value: "5000", path: "$..constructor" };
    expect(await codes(withOffense(o))).toEqual(["UNKNOWN_FIELD offenses[0].tiers[0].when.path"]);
  });

  it("versions of one ruleset whose effective periods overlap", async () => {
    const v1 = fixtureRuleset({ version: "1.0.0", effectiveFrom: "2024-01-01", effectiveTo: null });
    const v2 = fixtureRuleset({ version: "2.0.0", effectiveFrom: "2025-01-01" });
    const { issues } = await Registry.check([sourceOf(v1, "a/1.0.0.json"), sourceOf(v2, "a/2.0.0.json")]);
    // Said where the fix goes: the earlier version lacks its effectiveTo, the day before.
    expect(issues.map((i) => `${i.code} ${i.file}:${i.line} ${i.path}`)).toEqual([expect.stringMatching(/^VERSIONS_OVERLAP a\/1\.0\.0\.json:\d+ effectiveTo$/)]);
    expect(issues[0]?.zh).toContain('版本 1.0.0 缺少失效日期 "effectiveTo": "2024-12-31"');
  });

  it("load() throws RULESET_INVALID carrying the issues", async () => {
    const bad = fixtureRuleset({ effectiveFrom: "2024-13-01" });
    const err = await Registry.load([sourceOf(bad)]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CailiangError);
    expect((err as CailiangError).code).toBe("RULESET_INVALID");
    expect((err as CailiangError).issues.map((i) => i.path)).toEqual(["effectiveFrom"]);
  });
});

describe("the registry picks the version in force", () => {
  it("by date, and refuses a date no version covers", async () => {
    const v1 = fixtureRuleset({ version: "1.0.0", effectiveFrom: "2024-01-01", effectiveTo: "2024-12-31" });
    const v2 = fixtureRuleset({ version: "2.0.0", effectiveFrom: "2025-01-01" });
    const r = await Registry.load([sourceOf(v2), sourceOf(v1)]);
    expect(r.get("fixture", "2024-12-31").def.version).toBe("1.0.0");
    expect(r.get("fixture", "2025-01-01").def.version).toBe("2.0.0");
    expect(() => r.get("fixture", "2023-12-31")).toThrow(CailiangError);
    expect(r.list()[0]?.versions.map((v) => v.version)).toEqual(["1.0.0", "2.0.0"]);
  });
});

describe("the encoded fine must be the one the quoted article names", () => {
  it("a maximum the penalty text does not name is an issue", async () => {
    const o = theft({ statutory: { penalties: [{ type: "fine", mode: "mandatory" }], fine: { kind: "multiple", base: "unpaidFee", minMultiple: "0", maxMultiple: "3" } } });
    o.tiers = theft().tiers.map((t) => ({ ...t, fine: { kind: "multiple", min: "0", max: "1" } }));
    expect(formatIssues(await issuesOf(withOffense(o)))).toMatchInlineSnapshot(`
      "✖ 法定罚款 maxMultiple = 3 倍，在所引处罚条文中找不到该数额 / The statutory maxMultiple 3 倍 is not named in the quoted penalty article
        → at fixture/1.0.0.json:262:11 offenses[0].statutory.fine.maxMultiple [FINE_NOT_IN_TEXT]"
    `);
  });
});

describe("the midpoint rule, where the standard adopts it", () => {
  it("a band that straddles the middle of the statutory range is an issue", async () => {
    const header = generalHeader();
    header.settings = { ...header.settings, placement: { method: "midpoint-split", midpointRule: true } };
    const o = theft();
    (o.tiers[2] as { fine: unknown }).fine = { kind: "multiple", min: "2", max: "5" };
    // The statutory range is 0–5 times the fee, its middle 2.5: the fixture's 一般 band (1–3) straddles it too.
    expect(await codes(rulesetOf(header, [o]))).toEqual(["BAND_STRADDLES_MIDPOINT offenses[0].tiers[1].fine", "BAND_STRADDLES_MIDPOINT offenses[0].tiers[2].fine"]);
    expect(await codes(rulesetOf(generalHeader(), [o]))).toEqual([]);
  });
});

describe("a concurrent offense whose file does not parse", () => {
  it("is reported once, not again as an undeclared reference", async () => {
    const files = [
      { path: "v/ruleset.json", text: JSON.stringify(generalHeader(), null, 2) },
      { path: "v/offenses/theft.json", text: JSON.stringify(theft({ concurrent: ["theft-regulation"] }), null, 2) },
      { path: "v/offenses/theft-regulation.json", text: "{ broken" },
    ];
    const { issues } = await Registry.check([{ files }]);
    expect([...new Set(issues.map((i) => `${i.code} ${i.file}`))]).toEqual(["JSON_SYNTAX v/offenses/theft-regulation.json"]);
  });
});
