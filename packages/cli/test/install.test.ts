import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The packages as a newcomer gets them: `npm pack` each workspace (from its build), install the
// tarballs into fresh ESM and CommonJS TypeScript projects, typecheck them WITHOUT skipLibCheck
// under "moduleResolution": "nodenext", run them, and run the installed bins.

const exec = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const RULES = join(ROOT, "rules");
const versionOf = async (name: string) => (JSON.parse(await readFile(join(ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
const TYPESCRIPT = await versionOf("typescript");
const TYPES_NODE = await versionOf("@types/node");

const CONSUMER = `
import { assess, CailiangError, type AssessResultT } from "@cailiang/core";
import { loadRegistryFromDir } from "@cailiang/core/node";
import { AssessInput } from "@cailiang/core/schemas";
import { createApp } from "@cailiang/server";

async function main(): Promise<void> {
  const registry = await loadRegistryFromDir(process.argv[2] ?? "rules");
  const input = AssessInput.parse({
    offense: "dlf-71",
    party: { kind: "organization" },
    dates: { act: "2026-03-01", decision: "2026-06-10" },
    facts: { unpaidFee: "12000.50" },
  });
  const result: AssessResultT = await assess(registry, input);
  const point: string | null | undefined = result.fine?.recommended.point;
  const res = await createApp({ registry }).request("/healthz");
  const err = new CailiangError("INPUT_INVALID", "例", "example");
  console.log(JSON.stringify({ outcome: result.outcome, point, health: res.status, code: err.code }));
}
void main();
`;

const TSCONFIG = {
  compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, outDir: "out", types: ["node"] },
  include: ["index.ts"],
};

describe("the packed packages, installed into fresh projects", () => {
  let work: string;
  let tarballs: string[];
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "cailiang-install-"));
    const packs = join(work, "packs");
    await mkdir(packs);
    await exec("npm", ["pack", "--silent", "--workspace", "packages/core", "--workspace", "packages/server", "--workspace", "packages/cli", "--workspace", "packages/web", "--pack-destination", packs], { cwd: ROOT });
    tarballs = (await readdir(packs)).map((f) => join(packs, f));
  }, 120_000);
  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  /** A project of `type`, with the tarballs and TypeScript installed, typechecked and built. */
  async function project(type: "module" | "commonjs"): Promise<string> {
    const dir = join(work, type);
    await mkdir(dir);
    await writeFile(join(dir, "package.json"), JSON.stringify({ name: `consumer-${type}`, private: true, type }));
    await writeFile(join(dir, "tsconfig.json"), JSON.stringify(TSCONFIG));
    await writeFile(join(dir, "index.ts"), CONSUMER);
    // Named together, the tarballs satisfy each other's version ranges (nothing is fetched for them).
    await exec("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", ...tarballs, `typescript@${TYPESCRIPT}`, `@types/node@${TYPES_NODE}`], { cwd: dir });
    await exec(join(dir, "node_modules", ".bin", "tsc"), ["-p", "."], { cwd: dir });
    return dir;
  }

  it("each tarball carries its LICENSE, README, repository and keywords", async () => {
    expect(tarballs).toHaveLength(4);
    for (const tarball of tarballs) {
      const files = (await exec("tar", ["-tzf", tarball])).stdout.split("\n");
      expect(files, tarball).toEqual(expect.arrayContaining(["package/LICENSE", "package/README.md", "package/package.json"]));
      const manifest = JSON.parse((await exec("tar", ["-xzOf", tarball, "package/package.json"])).stdout) as Record<string, unknown>;
      expect(manifest, tarball).toMatchObject({ license: "MIT", repository: { type: "git", url: expect.any(String) }, keywords: expect.arrayContaining(["行政处罚"]), engines: { node: ">=20.19.0" } });
    }
  });

  for (const type of ["module", "commonjs"] as const) {
    it(`typechecks without skipLibCheck and runs as ${type === "module" ? "ESM" : "CommonJS"}`, async () => {
      const dir = await project(type);
      const { stdout } = await exec(process.execPath, [join(dir, "out", "index.js"), RULES], { cwd: dir });
      expect(JSON.parse(stdout)).toEqual({ outcome: "penalty", point: expect.stringMatching(/^\d+(\.\d+)?$/), health: 200, code: "INPUT_INVALID" });
      if (type === "module") {
        // The installed bins start, and every command takes --rules DIR.
        const bin = (name: string) => join(dir, "node_modules", ".bin", name);
        expect((await exec(bin("cailiang"), ["--help"], { cwd: dir })).stdout).toContain("--rules <dir>");
        expect((await exec(bin("cailiang"), ["validate", "--rules", RULES], { cwd: dir })).stdout).toMatch(/no issues/);
        const assessed = await exec(bin("cailiang"), ["assess", "--rules", RULES, "--offense", "dlf-71", "--party", "organization", "--facts", '{"unpaidFee":"12000.50"}', "--act", "2026-03-01", "--decision", "2026-06-10", "--json"], { cwd: dir });
        expect(JSON.parse(assessed.stdout)).toHaveProperty("outcome", "penalty");
        const missing = await exec(bin("cailiang"), ["assess", "--offense", "dlf-71"], { cwd: dir }).catch((e: { stderr: string; code: number }) => e);
        expect(missing).toMatchObject({ code: 1, stderr: expect.stringContaining("rules directory not found") });
        // The server's bin starts too (and says why it cannot serve a missing directory).
        const server = await exec(bin("cailiang-server"), [], { cwd: dir, env: { ...process.env, RULES_DIR: "/nonexistent", PORT: "0" } }).catch((e: { stdout: string; code: number }) => e);
        expect(server).toMatchObject({ code: 1, stdout: expect.stringContaining("RULES_DIR_UNREADABLE") });
      }
    }, 360_000);
  }
});
