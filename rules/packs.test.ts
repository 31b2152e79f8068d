// Every rule pack validates with no issue, and each of its cases passes: the packs under rules/
// (served), and the format examples under examples/rule-format/ (documented in rules/README.md).
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatIssues, runCase } from "@cailiang/core";
import { checkRulesDir } from "@cailiang/core/node";

const roots: Array<[string, string]> = [
  ["rules/", fileURLToPath(new URL(".", import.meta.url))],
  ["examples/rule-format/", fileURLToPath(new URL("../examples/rule-format/", import.meta.url))],
];

describe.each(roots)("rule packs in %s", async (_name, root) => {
  const { registry, cases, issues } = await checkRulesDir(root);

  it("validate with no issue", () => {
    expect(formatIssues(issues)).toBe("");
  });
  it("have cases", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  describe.each([...new Set(cases.map((c) => c.file))])("cases in %s", (file) => {
    for (const c of cases.filter((x) => x.file === file)) {
      it(`${c.case.name} (line ${c.line})`, async () => {
        if (!registry) throw new Error("the rules did not load");
        expect((await runCase(registry, c)).mismatches).toEqual([]);
      });
    }
  });
});

describe("the bureau's pack (hebei-luquan-gxj)", () => {
  const dir = fileURLToPath(new URL("./hebei-luquan-gxj/1.0.0/offenses/", import.meta.url));
  const rows = readdirSync(dir).map((f) => JSON.parse(readFileSync(dir + f, "utf8")) as { id: string; category: string; limitation?: { touchesSafety?: boolean; safetyBasis?: string } });
  // 行政处罚法第三十六条: each row says whether it touches life, health or financial safety.
  it("every row says in its own file whether it touches safety (art. 36)", () => {
    expect(rows.filter((o) => typeof o.limitation?.touchesSafety !== "boolean").map((o) => o.id)).toEqual([]);
  });
  it("every explosives and electric-safety row is set and cited", () => {
    const safety = rows.filter((o) => o.category === "民用爆炸物品" || /^(dss-|dlf-62-2$|dlf-65$|dlf-68$)/.test(o.id));
    expect(safety.length).toBe(17);
    for (const o of safety) {
      expect(o.limitation?.touchesSafety, o.id).toBe(true);
      expect(o.limitation?.safetyBasis, o.id).toMatch(/第[一二三四五六七八九十]+条/);
    }
  });
});
