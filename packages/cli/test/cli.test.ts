import { execFile } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { AssessResult } from "@cailiang/core/schemas";
import { editedCopy, FIXTURE, tempDir } from "./fixture.js";
import { cliLines as cli } from "./run-cli.js";

const MAIN = fileURLToPath(new URL("../src/main.ts", import.meta.url));

const ASSESS = ["assess", "--rules", FIXTURE, "--ruleset", "demo-std", "--offense", "steal-power", "--party", "organization", "--act", "2025-03-01", "--discovered", "2025-05-20", "--filed", "2025-05-22", "--decision", "2025-06-10"];

describe("cailiang validate", () => {
  it("prints a summary and exits 0 on valid rules", async () => {
    const r = await cli("validate", FIXTURE);
    expect(r.code).toBe(0);
    expect(r.out).toEqual(["✓ 1 ruleset(s), 2 version(s), 3 offense(s), 2 case(s): no issues"]);
  });

  it("prints every issue as file:line:col path message and exits 1", async () => {
    const dir = await editedCopy("demo-std/1.1.0/offenses/steal-power.json", (t) => t.replace('"max": "5"', '"max": "9"').replace('"title": "盗窃电能"', '"title": "盗窃电能", "colour": "red"'));
    const r = await cli("validate", dir);
    expect(r.code).toBe(1);
    const issues = r.out.filter((l) => l.startsWith("✖ "));
    expect(issues.length).toBeGreaterThanOrEqual(1);
    for (const line of issues) expect(line).toMatch(/^✖ \S+steal-power\.json:\d+:\d+ \S+ {2}.+ \/ .+ \[[A-Z_]+\]$/);
    expect(issues.join("\n")).toContain("colour");
    expect(r.out.at(-1)).toMatch(/^\d+ issue\(s\) in /);
  });

  it("a missing directory is an error, not a crash", async () => {
    const r = await cli("validate", join(tmpdir(), "no-such-rules-dir-cailiang"));
    expect(r.code).toBe(1);
    expect(r.err.join("\n")).toContain("no-such-rules-dir-cailiang");
  });
});

describe("cailiang test", () => {
  it("prints a line per case and the summary", async () => {
    const r = await cli("test", FIXTURE);
    expect(r.code).toBe(0);
    expect(r.out).toEqual(["✓ 盗窃电能，应交电费1万元：处罚", "✓ 未知事实：输入错误", "2 passed, 0 failed"]);
  });

  it("shows each mismatch of a failing case and exits 1", async () => {
    const dir = await editedCopy("demo-std/1.1.0/cases/basic.json", (t) => t.replace('"tier": "general"', '"tier": "minor"'));
    const r = await cli("test", dir);
    expect(r.code).toBe(1);
    expect(r.out[0]).toMatch(/^✗ 盗窃电能，应交电费1万元：处罚 \(.+basic\.json:\d+\)$/);
    expect(r.out[1]).toBe('    阶次（tier）：应为 "minor"，实际为 "general" / tier: expected "minor", got "general"');
    expect(r.out.at(-1)).toBe("1 passed, 1 failed");
  });
});

describe("cailiang assess", () => {
  it("explains the assessment in Chinese", async () => {
    const r = await cli(...ASSESS, "--facts", '{"unpaidFee":"12000.50"}', "--circumstances", "eliminated-harm,first-offense");
    expect(r.code).toBe(0);
    expect(r.out).toContain("违法行为：盗窃电能（steal-power）");
    expect(r.out).toContain("结果：给予行政处罚");
    expect(r.out).toContain("裁量阶次：一般（general）");
    expect(r.out.find((l) => l.startsWith("罚款："))).toMatch(/^罚款：法定幅度 0–60002\.50 元；阶次幅度 .+建议值 \d+ 元/);
    expect(r.out).toContain("  · 主动消除或者减轻违法行为危害后果：应当从轻或者减轻处罚（行政处罚法第三十二条第（一）项）");
    expect(r.out.filter((l) => /^ {5}依据：/.test(l)).length).toBeGreaterThan(0);
  });

  it("--json prints the API result", async () => {
    const r = await cli(...ASSESS, "--facts", '{"unpaidFee":"12000.50"}', "--json");
    expect(r.code).toBe(0);
    const result = AssessResult.parse(JSON.parse(r.out.join("\n")));
    expect(result.fine?.statutory.max).toBe("60002.50");
  });

  it("--non-business passes party.business: false to the engine", async () => {
    const r = await cli(...ASSESS, "--facts", '{"unpaidFee":"12000.50"}', "--non-business", "--json");
    expect(r.code).toBe(0);
    const result = AssessResult.parse(JSON.parse(r.out.join("\n")));
    expect(result.explanation.find((e) => e.step === "procedure")?.values.business).toBe("false");
  });

  it("reports input issues with their paths and exits 1", async () => {
    const facts = await cli(...ASSESS, "--facts", '{"unpaidFee":"-3","colour":"red"}');
    expect(facts.code).toBe(1);
    const text = facts.err.join("\n");
    expect(text).toContain("INPUT_INVALID");
    expect(text).toContain("→ at facts.colour");
    expect(text).toContain("→ at facts.unpaidFee");
    const age = await cli(...ASSESS, "--facts", '{"unpaidFee":"3"}', "--age", "abc");
    expect(age.code).toBe(1);
    expect(age.err.join("\n")).toContain("→ at party.age");
  });

  it("--role responsible-person assesses a 两罚 row for the unit's responsible persons, and says so", async () => {
    const examples = fileURLToPath(new URL("../../../examples/rule-format", import.meta.url));
    const r = await cli("assess", "--rules", examples, "--offense", "zbtb-53", "--party", "individual", "--age", "40", "--role", "responsible-person", "--facts", '{"contractAmount":"8000000","unitFine":"50000"}', "--act", "2026-03-02", "--decision", "2026-04-15");
    expect(r.code).toBe(0);
    expect(r.out).toContain("处罚对象：单位直接负责的主管人员和其他直接责任人员（两罚）");
    expect(r.out).toContain("罚款：法定幅度 2500–5000 元；阶次幅度 2500–3750 元；建议 2500–3750 元，建议值 3125 元");
    const wrong = await cli(...ASSESS, "--facts", '{"unpaidFee":"3"}', "--role", "responsible-person");
    expect(wrong.code).toBe(1);
    expect(wrong.err.join("\n")).toContain("→ at party.role");
  });

  it("rejects --facts that is not JSON", async () => {
    const r = await cli(...ASSESS, "--facts", "{unpaidFee: 1}");
    expect(r.code).toBe(1);
    expect(r.err.join("\n")).toContain("→ at facts [JSON_SYNTAX]");
  });
});

describe("usage errors", () => {
  it("an unknown command or option exits 2", async () => {
    expect((await cli("frobnicate")).code).toBe(2);
    const r = await cli("validate", FIXTURE, "--frobnicate");
    expect(r.code).toBe(2);
    expect(r.err.join("\n")).toContain("frobnicate");
  });
});

describe("the bin", () => {
  it("runs as a process and sets its exit code", async () => {
    const exec = promisify(execFile);
    const ok = await exec(process.execPath, ["--conditions=@cailiang/source", "--import", "tsx", MAIN, "test", FIXTURE], { env: { ...process.env, NO_COLOR: "1" } });
    expect(ok.stdout.trim().split("\n").at(-1)).toBe("2 passed, 0 failed");
    const bad = await exec(process.execPath, ["--conditions=@cailiang/source", "--import", "tsx", MAIN, "validate", join(tmpdir(), "no-such-rules-dir-cailiang")]).then(
      () => ({ code: 0 }),
      (e: { code: number }) => ({ code: e.code }),
    );
    expect(bad.code).toBe(1);
  });
});

describe("cailiang validate on a folder without rules", () => {
  it("exits 1 rather than passing vacuously", async () => {
    const root = await tempDir();
    const r = await cli("validate", root);
    expect(r.code).toBe(1);
    expect(r.out.join("\n")).toContain("no ruleset found");
  });
});
