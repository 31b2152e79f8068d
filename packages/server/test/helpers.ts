import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadRegistryFromDir } from "@cailiang/core/node";
import type { Registry } from "@cailiang/core";
import { createApp, jsonLogger, type App, type Logger } from "../src/index.js";

/** A small ruleset written for these tests: two versions (2024, 2025-), three offenses. */
export const FIXTURE_RULES = fileURLToPath(new URL("./fixtures/rules", import.meta.url));
/** The real rule pack shipped with the repository. */
export const REAL_RULES = fileURLToPath(new URL("../../../rules", import.meta.url));

const registries = new Map<string, Promise<Registry>>();
export function registryOf(dir: string): Promise<Registry> {
  let r = registries.get(dir);
  if (!r) registries.set(dir, (r = loadRegistryFromDir(dir)));
  return r;
}

/** A logger that keeps its lines, parsed, for assertions. */
export function capturingLogger(): Logger & { lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  return Object.assign(jsonLogger({ level: "debug", write: (l) => lines.push(JSON.parse(l) as Record<string, unknown>) }), { lines });
}

export async function fixtureApp(logger?: Logger): Promise<App> {
  return createApp({ registry: await registryOf(FIXTURE_RULES), ...(logger ? { logger } : {}) });
}

export function postJson(app: App, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(
    app.request("/v1/assess", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

/** A valid input for the fixture's steal-power offense. */
export function stealInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ruleset: "demo-std",
    offense: "steal-power",
    party: { kind: "organization" },
    dates: { act: "2025-03-01", discovered: "2025-05-20", filed: "2025-05-22", decision: "2025-06-10" },
    facts: { unpaidFee: "12000.50" },
    circumstances: ["eliminated-harm"],
    ...overrides,
  };
}

/** A temporary copy of the fixture rules, removed by the returned function. */
export async function tempRulesCopy(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), "cailiang-rules-"));
  const dir = join(root, "rules");
  await cp(FIXTURE_RULES, dir, { recursive: true });
  return { dir, remove: () => rm(root, { recursive: true, force: true }) };
}

/** Polls `check` until it returns a value, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 10_000, what = "condition"): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
