import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cli } from "./run-cli.js";

const FIXTURE = fileURLToPath(new URL("../../server/test/fixtures/rules", import.meta.url));

const CASE = ["--offense", "steal-power", "--party", "organization", "--facts", '{"unpaidFee":"100"}', "--act", "2025-03-01", "--decision", "2025-06-10"];

describe("--rules DIR on every command", () => {
  it("validate, test and assess read the directory given", async () => {
    expect((await cli("validate", "--rules", FIXTURE)).code).toBe(0);
    expect((await cli("test", "--rules", FIXTURE)).out).toMatch(/2 passed, 0 failed$/);
    const assessed = await cli("assess", "--rules", FIXTURE, "--json", ...CASE);
    expect(assessed.code).toBe(0);
    expect(JSON.parse(assessed.out)).toHaveProperty("outcome");
  });

  it("says clearly that the directory is missing, for every command", async () => {
    const missing = "/nonexistent/cailiang-rules";
    for (const argv of [["validate"], ["test"], ["assess", ...CASE], ["serve", "--port", "0"]]) {
      const r = await cli(...argv, "--rules", missing);
      expect(r.code, argv[0]).toBe(1);
      expect(r.err, argv[0]).toContain(`rules directory not found: ${missing} (give it with --rules DIR)`);
    }
  });

  it("defaults to ./rules in the working directory (the repository root here)", async () => {
    const r = await cli("validate");
    expect(r.out).toMatch(/^✓ \d+ ruleset\(s\)/);
    const missing = await cli("assess", ...CASE, "--rules", "no-such-rules");
    expect(missing.err).toContain(`${process.cwd()}/no-such-rules`);
  });
});
