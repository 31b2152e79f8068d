// `cailiang test` as a legal officer uses it: one bad file does not stop the other cases, --update
// after a deliberate change, --filter, --junit, and one file at a time.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { editedCopy, FIXTURE, tempDir } from "./fixture.js";
import { cliLines as cli } from "./run-cli.js";

const STEAL = "demo-std/1.1.0/offenses/steal-power.json";
const UNSAFE = "demo-std/1.1.0/offenses/unsafe-use.json";
const CASES = "demo-std/1.1.0/cases/basic.json";

describe("cailiang test with a file that does not validate", () => {
  it("runs the cases of the offenses that validate", async () => {
    const dir = await editedCopy(UNSAFE, (t) => t.replace('"type": "order-to-correct"', '"type": "order-to-corect"'));
    const r = await cli("test", dir);
    expect(r.code).toBe(1);
    expect(r.out[0]).toMatch(/^✖ \S+unsafe-use\.json:\d+:\d+ measures\[0\]\.type /);
    expect(r.out.slice(-3)).toEqual(["✓ 盗窃电能，应交电费1万元：处罚", "✓ 未知事实：输入错误", "2 passed, 0 failed"]);
  });

  it("counts the cases of an offense that does not validate as failed, saying why", async () => {
    const dir = await editedCopy(STEAL, (t) => t.replace('"max": "5"', '"max": "9"'));
    const r = await cli("test", dir);
    expect(r.code).toBe(1);
    expect(r.out.slice(-5)).toEqual([
      expect.stringMatching(/^✗ 盗窃电能，应交电费1万元：处罚 \(\S+basic\.json:4\)$/),
      '    未运行：违法行为 "steal-power" 的规则有错误（cailiang validate） / not run: offense "steal-power" does not validate (cailiang validate)',
      expect.stringMatching(/^✗ 未知事实：输入错误 \(\S+basic\.json:25\)$/),
      '    未运行：违法行为 "steal-power" 的规则有错误（cailiang validate） / not run: offense "steal-power" does not validate (cailiang validate)',
      "0 passed, 2 failed",
    ]);
  });
});

describe("cailiang test --filter", () => {
  it("keeps the cases whose name or offense id contains the text, or matches the glob", async () => {
    expect((await cli("test", FIXTURE, "--filter", "未知")).out).toEqual(["✓ 未知事实：输入错误", "1 passed, 0 failed"]);
    expect((await cli("test", FIXTURE, "--filter", "steal-*")).out.at(-1)).toBe("2 passed, 0 failed");
    expect((await cli("test", FIXTURE, "--filter", "*1万元*")).out).toEqual(["✓ 盗窃电能，应交电费1万元：处罚", "1 passed, 0 failed"]);
    const none = await cli("test", FIXTURE, "--filter", "no-such-offense");
    expect(none.code).toBe(1);
    expect(none.out).toEqual(['没有与 "no-such-offense" 匹配的用例 / no case matches "no-such-offense"', "0 passed, 0 failed"]);
  });
});

describe("cailiang test --junit", () => {
  it("writes a test suite per case file and a failure per failing case", async () => {
    const dir = await editedCopy(CASES, (t) => t.replace('"tier": "general"', '"tier": "minor"'));
    const file = join(await tempDir(), "cases.xml");
    const r = await cli("test", dir, "--junit", file);
    expect(r.code).toBe(1);
    const xml = await readFile(file, "utf8");
    expect(xml).toMatch(/<testsuites tests="2" failures="1" errors="0" skipped="0">/);
    expect(xml).toMatch(/<testsuite name="\S+basic\.json" tests="2" failures="1"/);
    expect(xml).toContain('<testcase classname="');
    expect(xml).toContain('name="未知事实：输入错误"');
    expect(xml).toMatch(/file="\S+basic\.json">\s*<properties>\s*<property name="line" value="4"\/>/);
    expect(xml).toContain('<failure message="阶次（tier）：应为 &quot;minor&quot;，实际为 &quot;general&quot; / tier: expected &quot;minor&quot;, got &quot;general&quot;"');
  });
});

describe("cailiang test --update", () => {
  it("rewrites what the cases expect after a deliberate change, prints each change, keeps the layout", async () => {
    const dir = await editedCopy(CASES, (t) => t.replace('"tier": "general"', '"tier": "minor"'));
    const r = await cli("test", dir, "--update");
    expect(r.code).toBe(0);
    expect(r.out).toEqual([
      expect.stringMatching(/^~ \S+basic\.json 盗窃电能，应交电费1万元：处罚：tier: "minor" → "general"$/),
      "更新了 1 个文件中的 1 处预期，0 处留待人工核对 / 1 expectation(s) updated in 1 file(s), 0 left to a person",
    ]);
    // Only the value changed: the file is again byte for byte the original.
    expect(await readFile(join(dir, CASES), "utf8")).toBe(await readFile(join(FIXTURE, CASES), "utf8"));
    expect((await cli("test", dir)).out.at(-1)).toBe("2 passed, 0 failed");
  });

  it("says when a case's name still quotes an old figure (names are never rewritten)", async () => {
    const dir = await editedCopy(CASES, (t) =>
      t.replace('"name": "盗窃电能，应交电费1万元：处罚"', '"name": "盗窃电能，应交电费1万元：罚款建议12345元"').replace('"tier": "general"', '"tier": "general",\n        "fine": { "recommended": { "point": "12345" } }'));
    const r = await cli("test", dir, "--update");
    expect(r.code).toBe(0);
    expect(r.out.map((l) => l.replace(/^(\S) \S+basic\.json/, "$1 basic.json"))).toEqual([
      '~ basic.json 盗窃电能，应交电费1万元：罚款建议12345元：fine.recommended.point: "12345" → "30000"',
      "! basic.json 盗窃电能，应交电费1万元：罚款建议12345元：名称中仍写着旧值 12345（fine.recommended.point 现为 30000），请改写名称 / the name still says 12345; rewrite it",
      "更新了 1 个文件中的 1 处预期，0 处留待人工核对 / 1 expectation(s) updated in 1 file(s), 0 left to a person",
    ]);
  });

  it("refuses while the rules have issues", async () => {
    const dir = await editedCopy(STEAL, (t) => t.replace('"max": "5"', '"max": "9"'));
    const r = await cli("test", dir, "--update");
    expect(r.code).toBe(1);
    expect(r.out.at(-1)).toBe("1 处错误，未更新用例：请先改正规则 / issue(s): no case was updated; fix the rules first");
  });
});

describe("validate and test take a single file", () => {
  it("an offense file: its issues only, its cases only", async () => {
    const dir = await editedCopy(UNSAFE, (t) => t.replace('"type": "order-to-correct"', '"type": "order-to-corect"'));
    const ok = await cli("validate", join(dir, STEAL));
    expect(ok.code).toBe(0);
    expect(ok.out).toEqual([expect.stringMatching(/^✓ \S+steal-power\.json：没有错误 \/ no issues$/)]);
    const bad = await cli("validate", join(dir, UNSAFE));
    expect(bad.code).toBe(1);
    expect(bad.out.every((l) => l.includes("unsafe-use.json") || l.startsWith("1 issue(s)"))).toBe(true);
    expect((await cli("test", join(dir, STEAL))).out.at(-1)).toBe("2 passed, 0 failed");
    expect((await cli("test", join(dir, UNSAFE))).out.at(-1)).toBe("0 passed, 0 failed");
  });

  it("a case file: the cases in it", async () => {
    const r = await cli("test", join(FIXTURE, CASES));
    expect(r.code).toBe(0);
    expect(r.out).toEqual(["✓ 盗窃电能，应交电费1万元：处罚", "✓ 未知事实：输入错误", "2 passed, 0 failed"]);
  });

  it("a file that is not part of a pack is said so", async () => {
    const r = await cli("validate", join(FIXTURE, "..", "..", "..", "package.json"));
    expect(r.code).toBe(1);
    expect(r.err.join("\n")).toContain("不是规则包中的文件");
  });
});
