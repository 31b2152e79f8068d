import { mkdtemp, readFile, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { loadRegistryFromDir } from "@cailiang/core/node";
import { cli } from "./run-cli.js";

const RULES = fileURLToPath(new URL("../../../rules", import.meta.url));
const VERSIONS = fileURLToPath(new URL("../../web/test/fixtures/versions", import.meta.url));

const temps: string[] = [];
afterAll(async () => {
  for (const t of temps) await rm(t, { recursive: true, force: true });
});

describe("cailiang publish", async () => {
  const registry = await loadRegistryFromDir(RULES);
  const offenses = [...registry.get("hebei-luquan-gxj", "2026-03-01").offenses.values()];

  it("--format md: the table with every offense of the version in force", async () => {
    const r = await cli("publish", RULES, "--at", "2026-03-01", "--format", "md");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# 石家庄市鹿泉区工业和信息化局行政处罚裁量基准/);
    expect(r.out).toContain("| 序号 | 违法行为 | 法律依据 | 处罚依据 | 裁量阶次 | 适用情形 | 处罚标准 | 备注 |");
    for (const o of offenses) expect(r.out).toContain(`${o.def.title}（\`${o.def.id}\`）`);
  });

  it("--format html: a printable A4-landscape document with the header rows", async () => {
    const r = await cli("publish", RULES, "--at", "2026-03-01", "--format", "html");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^<!doctype html>/);
    expect(r.out).toContain("@page { size: A4 landscape;");
    expect(r.out).toContain("thead { display: table-header-group; }");
    expect(r.out).toContain("施行日期：2026-01-01 起");
  });

  it("a date with no version in force, a bad format or a bad date are errors with a message", async () => {
    expect(await cli("publish", RULES, "--at", "2020-01-01")).toMatchObject({ code: 1, err: expect.stringContaining("2020-01-01") });
    expect(await cli("publish", RULES, "--format", "pdf")).toMatchObject({ code: 2, err: expect.stringContaining("--format") });
    expect(await cli("publish", RULES, "--at", "1.3.2026")).toMatchObject({ code: 2, err: expect.stringContaining("YYYY-MM-DD") });
  });
});

describe("cailiang diff", () => {
  it("prints each change marked for the party, then the counts", async () => {
    const r = await cli("diff", VERSIONS, "1.0.0", "2.0.0");
    expect(r.code).toBe(0);
    const lines = r.out.split("\n");
    expect(lines[1]).toBe("1.0.0（2025-01-01 起）→ 2.0.0（2026-01-01 起）：7 处变更");
    expect(lines).toContain("[对当事人较轻] dlf-71 盗窃电能 · 轻微：罚款幅度变更：应交电费1倍以下 → 应交电费0.8倍以下");
    expect(lines).toContain("[对当事人较重] dlf-71 盗窃电能 · 严重：罚款幅度变更：应交电费4倍以上5倍以下 → 应交电费4.5倍以上5倍以下");
    expect(lines.at(-1)).toBe("对当事人较轻 3，对当事人较重 3，有轻有重 0，视案情而定 1");
  });

  it("--json gives the same changes as data; an unknown version is an error", async () => {
    const r = await cli("diff", VERSIONS, "1.0.0", "2.0.0", "--json");
    expect(JSON.parse(r.out).changes).toHaveLength(7);
    expect(await cli("diff", VERSIONS, "1.0.0", "9.9.9")).toMatchObject({ code: 1, err: expect.stringContaining("9.9.9") });
  });
});

describe("cailiang web --out", () => {
  it("writes the built page and rules.json with every rule and case file", async () => {
    const out = await mkdtemp(join(tmpdir(), "cailiang-web-"));
    temps.push(out);
    const r = await cli("web", "--out", out, "--rules", RULES);
    expect(r.code, r.err).toBe(0);
    const files = await readdir(out);
    expect(files).toEqual(expect.arrayContaining(["index.html", "assets", "rules.json"]));
    const bundle = JSON.parse(await readFile(join(out, "rules.json"), "utf8")) as { versions: Array<{ source: { files: Array<{ path: string }> }; caseFiles: unknown[] }> };
    expect(bundle.versions).toHaveLength(1);
    expect(bundle.versions[0]!.source.files.map((f) => f.path).some((p) => p.endsWith("offenses/dlf-71.json"))).toBe(true);
    expect(bundle.versions[0]!.caseFiles.length).toBeGreaterThan(0);
    expect(await readFile(join(out, "index.html"), "utf8")).toContain('<html lang="zh-CN">');
  });
});
