// @cailiang/core/node: reads rule packs from disk. The only module of the core that touches node:fs.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, relative } from "node:path";
import { parseCaseFiles, type LocatedCase } from "./cases/parse-cases.js";
import type { Issue } from "./errors.js";
import type { SourceFile } from "./load/json-source.js";
import type { RulesetSource } from "./load/load-ruleset.js";
import { Registry } from "./registry.js";

const SEMVER = /^\d+\.\d+\.\d+$/;

/** One version found on disk, with its case files. */
export interface VersionOnDisk {
  /** The folder of the standard (its name is the ruleset id by convention). */
  standard: string;
  source: RulesetSource;
  caseFiles: SourceFile[];
}

/**
 * Finds the versions under `dir`, which may be a rules root (a folder per standard), one
 * standard's folder (a file `<version>.json` or a folder `<version>/` per version), or one
 * version folder (`ruleset.json`, `offenses/*.json`, `cases/*.json`).
 * Paths in messages are relative to the current directory.
 */
export async function readRulesDir(dir: string): Promise<VersionOnDisk[]> {
  if (await isFile(join(dir, "ruleset.json"))) return [await readVersionFolder(dir, basename(join(dir, "..")))];
  const entries = await readdir(dir, { withFileTypes: true });
  const versions = entries.filter((e) => (e.isDirectory() && SEMVER.test(e.name)) || (e.isFile() && SEMVER.test(e.name.replace(/\.json$/, "")) && e.name.endsWith(".json")));
  if (versions.length > 0) {
    const standard = basename(dir);
    return Promise.all(
      versions
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((e) => (e.isDirectory() ? readVersionFolder(join(dir, e.name), standard) : readVersionFile(join(dir, e.name), standard))),
    );
  }
  const standards = entries.filter((e) => e.isDirectory() && e.name !== "schema" && !e.name.startsWith("."));
  const nested = await Promise.all(standards.sort((a, b) => a.name.localeCompare(b.name)).map((e) => readRulesDir(join(dir, e.name))));
  return nested.flat();
}

async function readVersionFolder(dir: string, standard: string): Promise<VersionOnDisk> {
  const offenses = await jsonFilesIn(join(dir, "offenses"));
  return {
    standard,
    source: { files: [await readSource(join(dir, "ruleset.json")), ...(await readAll(offenses))] },
    caseFiles: await Promise.all((await jsonFilesIn(join(dir, "cases"))).map(readSource)),
  };
}

async function readVersionFile(file: string, standard: string): Promise<VersionOnDisk> {
  const cases = file.replace(/\.json$/, ".cases.json");
  return {
    standard,
    source: { files: [await readSource(file)] },
    caseFiles: (await isFile(cases)) ? [await readSource(cases)] : [],
  };
}

async function jsonFilesIn(dir: string): Promise<string[]> {
  try {
    const names = await readdir(dir);
    return names.filter((n) => n.endsWith(".json")).sort().map((n) => join(dir, n));
  } catch {
    return [];
  }
}

/** Reads files a few at a time: thousands read at once would hold all their buffers at the same moment. */
async function readAll(paths: readonly string[], atOnce = 16): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for (let i = 0; i < paths.length; i += atOnce) out.push(...(await Promise.all(paths.slice(i, i + atOnce).map(readSource))));
  return out;
}

async function readSource(path: string): Promise<SourceFile> {
  return { path: relative(process.cwd(), path) || path, text: await readFile(path, "utf8") };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Reads, validates and compiles every version under `dir`; throws RULESET_INVALID with every issue.
 * @example
 * const registry = await loadRegistryFromDir("rules");
 * registry.list(); // [{ id: "hebei-luquan-gxj", versions: [{ version: "1.0.0", hash: "sha256:…" }] }]
 */
export async function loadRegistryFromDir(dir: string): Promise<Registry> {
  return Registry.load((await readRulesDir(dir)).map((v) => v.source));
}

/**
 * Validates every version and every case file under `dir`, returning all issues (never throws for bad rules).
 * @example
 * const { registry, cases, issues } = await checkRulesDir("rules");
 * if (issues.length) console.error(formatIssues(issues));
 * else for (const o of await runCases(registry!, cases)) console.log(o.passed ? "✓" : "✗", o.name);
 */
export async function checkRulesDir(dir: string): Promise<{ registry?: Registry; cases: LocatedCase[]; issues: Issue[] }> {
  const versions = await readRulesDir(dir);
  const { registry, issues } = await Registry.check(versions.map((v) => v.source));
  const parsed = parseCaseFiles(versions.flatMap((v) => v.caseFiles.map((f) => ({ ...f, ruleset: rulesetIdOf(v) }))));
  return { ...(registry ? { registry } : {}), cases: parsed.cases, issues: [...issues, ...parsed.issues] };
}

/** The id a version declares (read from its file), or its folder's name when unreadable. */
function rulesetIdOf(v: VersionOnDisk): string {
  try {
    const head = JSON.parse(v.source.files[0]?.text ?? "{}") as { id?: unknown };
    return typeof head.id === "string" ? head.id : v.standard;
  } catch {
    return v.standard;
  }
}

export { Registry };
export type { LocatedCase };
