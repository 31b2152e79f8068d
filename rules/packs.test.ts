// Every rule pack validates with no issue, and each of its cases passes: the packs under rules/
// (served), and the format examples under examples/rule-format/ (documented in rules/README.md).
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
