import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ReadySchema, startServer, type RunningServer } from "../src/index.js";
import { capturingLogger, eventually, stealInput, tempRulesCopy } from "./helpers.js";

const OFFENSE = join("demo-std", "1.1.0", "offenses", "steal-power.json");

async function ready(server: RunningServer) {
  return ReadySchema.parse(await (await fetch(`${server.url}/readyz`)).json());
}
const liveHash = async (server: RunningServer) => (await ready(server)).rulesets.find((r) => r.version === "1.1.0")?.hash;

describe("rules reload on a live server", () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  async function start() {
    const rules = await tempRulesCopy();
    cleanup.push(rules.remove);
    const logger = capturingLogger();
    const server = await startServer({ host: "127.0.0.1", port: 0, rulesDir: rules.dir, logger, reloadDebounceMs: 50 });
    cleanup.push(server.close);
    return { server, logger, file: join(rules.dir, OFFENSE) };
  }

  it("keeps serving the last good rules through a broken edit, and swaps in the fixed ones", async () => {
    const { server, logger, file } = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const before = await liveHash(server);
    expect(before).toMatch(/^sha256:/);
    const original = await readFile(file, "utf8");

    // A band above the statute (5 times the fee): the whole new set is refused.
    await writeFile(file, original.replace('"min": "1",\n        "max": "5"', '"min": "1",\n        "max": "9"'));
    const failed = await eventually(async () => {
      const error = (await ready(server)).lastReloadError;
      return error?.issues.some((i) => i.code === "BAND_OUTSIDE_STATUTE") ? error : undefined;
    }, 10_000, "the reload error");
    const issue = failed.issues.find((i) => i.code === "BAND_OUTSIDE_STATUTE");
    expect(issue?.file).toContain("steal-power.json");
    expect(issue?.line).toBeGreaterThan(1);
    expect(await liveHash(server)).toBe(before);
    const res = await fetch(`${server.url}/v1/assess`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(stealInput()) });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { ruleset: { hash: string } }).ruleset.hash).toBe(before);
    const logged = logger.lines.find((l) => l.msg === "rules reload failed; the last good rules keep serving");
    expect(logged?.issues).toEqual(expect.arrayContaining([expect.stringMatching(/steal-power\.json:\d+:\d+ tiers\[1\]\.fine\.max .*BAND_OUTSIDE_STATUTE/)]));

    // Broken JSON too: still the last good rules.
    await writeFile(file, original.slice(0, 200));
    await eventually(async () => ((await ready(server)).lastReloadError?.issues.some((i) => i.code === "JSON_SYNTAX") ? true : undefined), 10_000, "the syntax error");
    expect(await liveHash(server)).toBe(before);

    // A valid edit (a narrower band): new hash live, the error cleared.
    await writeFile(file, original.replace('"min": "1",\n        "max": "5"', '"min": "1",\n        "max": "4"'));
    const after = await eventually(async () => {
      const r = await ready(server);
      const hash = r.rulesets.find((x) => x.version === "1.1.0")?.hash;
      return hash !== before && r.lastReloadError === null ? hash : undefined;
    }, 10_000, "the new hash");
    expect(after).toMatch(/^sha256:/);
    expect(logger.lines.some((l) => l.msg === "rules reloaded")).toBe(true);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toMatch(/cailiang_rules_reloads_total\{result="failure"\} [1-9]/);
    expect(metrics).toContain(`hash="${after}"`);
  });

  it("reports a removed version that was in force: in /readyz and as a warning in the log", async () => {
    const { server, logger, file } = await start();
    expect((await ready(server)).removedVersions).toEqual([]);
    await rm(join(file, "..", ".."), { recursive: true, force: true }); // demo-std/1.1.0, in force since 2025
    const removed = await eventually(async () => {
      const r = await ready(server);
      return r.removedVersions.length > 0 ? r : undefined;
    }, 10_000, "the removed version");
    expect(removed.status).toBe("ready");
    expect(removed.rulesets.map((v) => v.version)).toEqual(["1.0.0"]);
    expect(removed.removedVersions).toEqual([expect.objectContaining({ id: "demo-std", version: "1.1.0", inForce: true, hash: expect.stringMatching(/^sha256:/) })]);
    const warned = logger.lines.find((l) => l.level === "warn" && String(l.msg).startsWith("a version in force was removed"));
    expect(warned?.removed).toMatchObject({ id: "demo-std", version: "1.1.0" });
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).toContain('cailiang_rules_removed_versions{in_force="true"} 1');
    expect(metrics).toMatch(/cailiang_rules_reloads_total\{result="success"\} [1-9]/);
    expect(metrics).not.toContain('version="1.1.0"');
  });

  it("refuses an emptied rules directory and keeps serving", async () => {
    const { server, file } = await start();
    const before = await liveHash(server);
    await rm(join(file, "..", "..", ".."), { recursive: true, force: true });
    const failed = await eventually(async () => (await ready(server)).lastReloadError ?? undefined, 10_000, "the reload error");
    expect(failed.issues.map((i) => i.code)).toEqual(["NO_RULESETS"]);
    expect(await liveHash(server)).toBe(before);
  });
});
