import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadRegistryFromDir } from "../node.js";
import type { ConditionT } from "../schema/condition.js";
import type { FactDeclT } from "../schema/ruleset.js";
import { describeCondition } from "./describe-conditions.js";
import { diffVersions } from "./diff-versions.js";
import { publishedTable } from "./published-table.js";
import { renderTableHtml } from "./render-html.js";
import { renderTableMarkdown } from "./render-markdown.js";

const RULES = fileURLToPath(new URL("../../../../rules", import.meta.url));
const VERSIONS = fileURLToPath(new URL("../../../web/test/fixtures/versions", import.meta.url));

const FACTS: FactDeclT[] = [
  { name: "fee", type: "money", title: "应交电费", unit: "元", required: true },
  { name: "people", type: "integer", title: "伤亡人数", unit: "人", required: true },
  { name: "harm", type: "boolean", title: "造成危害后果", required: true },
  { name: "kind", type: "enum", title: "整改情况", values: [{ value: "none", title: "拒不整改" }, { value: "partial", title: "整改未达要求" }], required: true },
];

describe("describeCondition: the tier conditions in plain Chinese", () => {
  const cases: Array<[ConditionT | undefined, string]> = [
    [{ all: [{ fact: "fee", operator: "greaterThanInclusive", value: "10000" }, { fact: "fee", operator: "lessThan", value: "50000" }] }, "应交电费1万元以上不满5万元"],
    [{ fact: "fee", operator: "greaterThan", value: "1500" }, "应交电费超过1500元"],
    [{ fact: "fee", operator: "lessThanInclusive", value: "25000" }, "应交电费2.5万元以下"],
    [{ fact: "people", operator: "lessThan", value: 1 }, "伤亡人数为0人"],
    [{ fact: "people", operator: "greaterThanInclusive", value: 3 }, "伤亡人数3人以上"],
    [{ fact: "harm", operator: "equal", value: true }, "造成危害后果"],
    [{ fact: "harm", operator: "equal", value: false }, "造成危害后果：否"],
    [{ fact: "kind", operator: "in", value: ["none", "partial"] }, "整改情况为拒不整改或者整改未达要求"],
    [{ fact: "kind", operator: "notEqual", value: "none" }, "整改情况不为拒不整改"],
    [{ all: [{ fact: "harm", operator: "equal", value: true }, { any: [{ fact: "fee", operator: "greaterThanInclusive", value: "50000" }, { fact: "people", operator: "greaterThanInclusive", value: 1 }] }] }, "造成危害后果，（应交电费5万元以上，或者伤亡人数1人以上）"],
    [{ not: { fact: "harm", operator: "equal", value: true } }, "不属于“造成危害后果”的情形"],
    [undefined, "不区分情形"],
  ];
  it.each(cases)("%j", (when, text) => {
    expect(describeCondition(when, FACTS)).toBe(text);
  });
});

describe("publishedTable of the shipped pack", async () => {
  const registry = await loadRegistryFromDir(RULES);
  const version = registry.get("hebei-luquan-gxj", "2026-03-01");
  const table = publishedTable(version);

  it("has one row per offense, numbered from 1, each tier with generated conditions and a standard", () => {
    expect(table.rows.map((r) => r.id)).toEqual(version.def.offenses.map((o) => o.id));
    expect(table.rows.map((r) => r.no)).toEqual(table.rows.map((_, i) => i + 1));
    for (const [i, r] of table.rows.entries()) {
      const o = version.def.offenses[i]!;
      expect(r.tiers.map((t) => t.conditions)).toEqual(o.tiers.map((t) => describeCondition(t.when, o.facts, version.offenses.get(o.id)!.circumstances)));
      for (const t of r.tiers) expect(t.standard.length).toBeGreaterThan(1);
      // A circumstance in a condition is named by its title, never by its id.
      for (const t of r.tiers) expect(t.conditions).not.toMatch(/no-harm|[a-z]+-[a-z]+/);
      expect(r.source.file).toMatch(new RegExp(`${r.id}\\.json$`));
    }
  });

  it("writes the 处罚标准 of 盗窃电能 from its bands, as the statute phrases a multiple", () => {
    const row = table.rows.find((r) => r.id === "dlf-71")!;
    expect(row.tiers.map((t) => t.standard)).toEqual([
      "处应交电费1倍以下的罚款",
      "处应交电费1倍以上2.5倍以下的罚款",
      "处应交电费2.5倍以上4倍以下的罚款",
      "处应交电费4倍以上5倍以下的罚款",
    ]);
    expect(row.penalty[0]).toMatchObject({ cite: "电力法第七十一条" });
  });

  it("HTML: the title, version and 文号 are header rows (repeated on printed pages); text is escaped", () => {
    const html = renderTableHtml({ ...table, title: "<b>标准</b>" }, { links: (r) => [{ href: `#/trial?offense=${r.id}`, label: "试算" }] });
    expect(html).toMatch(/<thead>\n<tr><th class="cl-doc-title"[^>]*>&lt;b&gt;标准&lt;\/b&gt;<\/th><\/tr>\n<tr><th class="cl-doc-meta"/);
    expect(html).toContain("文号：（未发文）");
    expect(html).not.toContain("<b>标准</b>");
    expect(html.match(/<th scope="row"/g)).toHaveLength(table.rows.length);
    expect(html).toContain('href="#/trial?offense=dlf-71"');
  });

  it("Markdown: one table line per tier, every offense named", () => {
    const md = renderTableMarkdown(table);
    const lines = md.split("\n").filter((l) => l.startsWith("| ") && !l.startsWith("| 序号"));
    expect(lines).toHaveLength(table.rows.reduce((n, r) => n + r.tiers.length, 0));
    for (const r of table.rows) expect(md).toContain(`（\`${r.id}\`）`);
  });
});

describe("diffVersions of the two fixture versions", async () => {
  const registry = await loadRegistryFromDir(VERSIONS);
  const [v1, v2] = registry.versions("demo");
  const diff = diffVersions(v1!, v2!);
  const find = (kind: string, tier?: string) => diff.changes.filter((c) => c.kind === kind && (tier === undefined || c.tier?.id === tier));

  it("marks a lowered band lighter and a raised one heavier", () => {
    expect(find("band", "slight")).toMatchObject([{ direction: "lighter", before: "应交电费1倍以下", after: "应交电费0.8倍以下" }]);
    expect(find("band", "severe")).toMatchObject([{ direction: "heavier" }]);
  });

  it("a tier threshold moved up keeps more cases in the lighter tier: lighter", () => {
    expect(find("conditions", "slight")).toMatchObject([{ direction: "lighter", before: "应交电费不满1万元", after: "应交电费不满2万元" }]);
  });

  it("lists the added and removed offenses and the changed setting", () => {
    expect(find("offense-added").map((c) => c.offense?.id)).toEqual(["dlf-68"]);
    expect(find("offense-removed").map((c) => c.offense?.id)).toEqual(["dlf-64"]);
    expect(find("setting")).toMatchObject([{ zh: expect.stringContaining("hearing.fineAtLeast.individual"), before: "1000", after: "2000", direction: "heavier" }]);
    expect(diff.changes).toHaveLength(7);
  });

  it("an offense that names the one it `replaces` is a rename, compared with the old row", () => {
    const renamed = { ...v2!.def.offenses[0]!, id: "dlf-71-new", title: "窃电", replaces: "dlf-71" };
    const v3 = { ...v2!, def: { ...v2!.def, offenses: [renamed, ...v2!.def.offenses.slice(1)] } };
    const d = diffVersions(v1!, v3);
    expect(d.changes.filter((c) => c.kind === "offense-renamed")).toMatchObject([{ before: "盗窃电能（dlf-71）", after: "窃电（dlf-71-new）" }]);
    expect(d.changes.some((c) => c.kind === "offense-removed" && c.offense?.id === "dlf-71")).toBe(false);
    expect(d.changes.filter((c) => c.kind === "band" && c.offense?.id === "dlf-71-new")).toHaveLength(2);
  });

  it("a removed row is lighter only where the new version records the statute change that ended it", () => {
    const v3 = { ...v2!, def: { ...v2!.def, statuteChanges: [{ offense: "dlf-64", law: "电力法", article: 64, change: "repealed" as const, date: "2026-01-01" }] } };
    expect(diffVersions(v1!, v3).changes.filter((c) => c.kind === "offense-removed")).toMatchObject([{ direction: "lighter", zh: "删除违法行为：电力法第六十四条已于 2026-01-01 废止，不再认为是违法" }]);
    expect(find("offense-removed")).toMatchObject([{ direction: "neutral" }]);
  });

  it("a version compared with itself has no changes", () => {
    expect(diffVersions(v2!, v2!).changes).toEqual([]);
  });
});
