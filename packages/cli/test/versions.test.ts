// New versions as a legal officer makes them: `cailiang version` copies and dates, `cailiang issue`
// records the hash, and validation says what is wrong between versions, where to fix it.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadRegistryFromDir } from "@cailiang/core/node";
import { editedCopy, validateIssues } from "./fixture.js";
import { cliLines as cli } from "./run-cli.js";

const V100 = "demo-std/1.0.0.json";
const HEAD = "demo-std/1.1.0/ruleset.json";
const CASES = "demo-std/1.1.0/cases/basic.json";


const hashOf = async (dir: string, version: string) => (await loadRegistryFromDir(dir)).versions("demo-std").find((v) => v.def.version === version)?.hash;

describe("cailiang version", () => {
  it("copies the latest version, dates it, re-dates its cases and closes the previous one without changing its hash", async () => {
    const dir = await editedCopy(HEAD, (t) => t);
    const before = await hashOf(dir, "1.1.0");
    const r = await cli("version", join(dir, "demo-std"), "1.2.0", "--from", "2026-01-01");
    expect(r.code).toBe(0);
    expect(r.out.slice(0, 3)).toEqual([
      "✓ 新建版本 1.2.0，自 2026-01-01 起施行，复制自 1.1.0（草案，无文号） / started version 1.2.0 in force from 2026-01-01, copied from 1.1.0 (a draft)",
      "  1.1.0 版的 effectiveTo 设为前一日，其哈希不变 / 1.1.0's effectiveTo is set to the day before; its hash is unchanged",
      "  1 个用例文件的日期 +1 年 / dates of 1 case file(s) moved +1 year(s)",
    ]);
    const head = JSON.parse(await readFile(join(dir, "demo-std/1.2.0/ruleset.json"), "utf8")) as Record<string, unknown>;
    expect([head.version, head.effectiveFrom, head.effectiveTo, head.status, head.documentNumber]).toEqual(["1.2.0", "2026-01-01", null, "draft", null]);
    expect((JSON.parse(await readFile(join(dir, HEAD), "utf8")) as Record<string, unknown>).effectiveTo).toBe("2025-12-31");
    expect(await readFile(join(dir, "demo-std/1.2.0/cases/basic.json"), "utf8")).toContain('"decision": "2026-06-10"');
    expect(await hashOf(dir, "1.1.0")).toBe(before);
    expect((await cli("validate", dir)).out).toEqual(["✓ 1 ruleset(s), 3 version(s), 5 offense(s), 4 case(s): no issues"]);
    expect((await cli("test", dir)).out.at(-1)).toBe("4 passed, 0 failed");
  });

  it("refuses a version that is not newer, or a date that is not later", async () => {
    const dir = await editedCopy(HEAD, (t) => t);
    const r = await cli("version", join(dir, "demo-std"), "1.0.5", "--from", "2024-06-01");
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      "✖ 新版本号 1.0.5 须大于最新版本 1.1.0 / The new version 1.0.5 must be greater than the latest, 1.1.0 [VERSION_NOT_NEWER]",
      "✖ 新版本的施行日期 2024-06-01 须晚于 1.1.0 版的施行日期 2025-01-01 / The new version's date 2024-06-01 must be after version 1.1.0's 2025-01-01 [DATE_NOT_LATER]",
    ]);
  });
});

describe("validation between versions", () => {
  it("an overlap says which version lacks which date, at that version's effectiveTo", async () => {
    expect(await validateIssues(await editedCopy(V100, (t) => t.replace('"effectiveTo": "2024-12-31"', '"effectiveTo": null')))).toEqual([
      'demo-std/1.0.0.json:8:3 effectiveTo  版本 1.0.0 的失效日期为 null（无限期），与自 2025-01-01 起施行的版本 1.1.0 重叠：版本 1.0.0 缺少失效日期 "effectiveTo": "2024-12-31"（新版本施行的前一日） / Version 1.0.0 runs until null (open-ended), overlapping version 1.1.0 in force from 2025-01-01: version 1.0.0 lacks "effectiveTo": "2024-12-31" (the day before) [VERSIONS_OVERLAP]',
    ]);
  });

  it("a gap between versions", async () => {
    expect(await validateIssues(await editedCopy(V100, (t) => t.replace('"effectiveTo": "2024-12-31"', '"effectiveTo": "2024-11-30"')))).toEqual([
      'demo-std/1.1.0/ruleset.json:7:3 effectiveFrom  版本 1.0.0 于 2024-11-30 失效，版本 1.1.0 自 2025-01-01 起施行：2024-12-01 至 2024-12-31 没有施行中的版本；请将版本 1.0.0 的 effectiveTo 改为 "2024-12-31"，或者将版本 1.1.0 的 effectiveFrom 改为 "2024-12-01" / Version 1.0.0 ends on 2024-11-30 and version 1.1.0 starts on 2025-01-01: no version is in force from 2024-12-01 to 2024-12-31; set 1.0.0\'s effectiveTo to "2024-12-31" or 1.1.0\'s effectiveFrom to "2024-12-01" [VERSIONS_GAP]',
    ]);
  });

  it("a folder named otherwise than the version it declares", async () => {
    expect(await validateIssues(await editedCopy(HEAD, (t) => t.replace('"version": "1.1.0"', '"version": "1.2.0"')))).toEqual([
      'demo-std/1.1.0/ruleset.json:6:3 version  文件声明的版本 1.2.0 与所在目录（或文件）名 1.1.0 不一致：请把 "version" 改为 "1.1.0"，或者把目录改名为 1.2.0 / The declared version 1.2.0 differs from its folder (or file) name 1.1.0: set "version" to "1.1.0" or rename the folder to 1.2.0 [VERSION_FOLDER_MISMATCH]',
    ]);
  });

  it("a case dated outside its own version, at its decision date", async () => {
    expect(await validateIssues(await editedCopy(CASES, (t) => t.replace('"decision": "2025-06-10"', '"decision": "2024-06-10"')))).toEqual([
      'demo-std/1.1.0/cases/basic.json:14:11 cases[0].input.dates.decision  用例“盗窃电能，应交电费1万元：处罚”的决定日期 2024-06-10 不在其所在版本 1.1.0 的施行期间（2025-01-01 至 今）内，会按其他版本裁量：请修改用例日期，或者把用例移到相应版本的 cases/ 目录 / Case "盗窃电能，应交电费1万元：处罚" is decided on 2024-06-10, outside the period of its own version 1.1.0 (2025-01-01 to open-ended), so another version would assess it: re-date the case or move it to that version\'s cases/ [CASE_OUTSIDE_VERSION]',
    ]);
  });
});

describe("cailiang issue", () => {
  it("records the hash; an edit of the issued version is refused; closing it by a new version is not an edit", async () => {
    const dir = await editedCopy(HEAD, (t) => t);
    const r = await cli("issue", join(dir, "demo-std/1.1.0"), "--document", "示例〔2025〕1号");
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^✓ 1\.1\.0 版已发布（示例〔2025〕1号），哈希 sha256:[0-9a-f]{64} 已记入 \S+ruleset\.json：此后该版本不得修改/);
    const head = JSON.parse(await readFile(join(dir, HEAD), "utf8")) as Record<string, unknown>;
    expect([head.status, head.documentNumber, head.issuedHash]).toEqual(["issued", "示例〔2025〕1号", await hashOf(dir, "1.1.0")]);
    expect((await cli("validate", dir)).code).toBe(0);

    expect((await cli("version", join(dir, "demo-std"), "1.2.0", "--from", "2026-01-01")).code).toBe(0);
    expect((await cli("validate", dir)).code).toBe(0);

    const file = join(dir, "demo-std/1.1.0/offenses/steal-power.json");
    await writeFile(file, (await readFile(file, "utf8")).replace('"title": "盗窃电能"', '"title": "窃电"'));
    const [line, ...rest] = await validateIssues(dir);
    expect(rest).toEqual([]);
    expect(line).toMatch(/^demo-std\/1\.1\.0\/ruleset\.json:\d+:3 issuedHash {2}版本 1\.1\.0 已发布，其内容已被改动（发布时哈希 sha256:[0-9a-f]{64}，现为 sha256:[0-9a-f]{64}）：已发布的版本不得修改，请撤销改动，并用 cailiang version 新建版本 \/ .+ \[ISSUED_VERSION_CHANGED\]$/);
  });

  it("a version marked issued by hand, without its hash, is refused", async () => {
    expect(await validateIssues(await editedCopy(HEAD, (t) => t.replace('"status": "draft"', '"status": "issued"')))).toEqual([
      "demo-std/1.1.0/ruleset.json:9:3 status  已发布的版本须记录 issuedHash：请用 cailiang issue 发布，不要手改 status / An issued version records its issuedHash: issue it with cailiang issue rather than editing status by hand [ISSUED_HASH_MISSING]",
    ]);
  });
});
