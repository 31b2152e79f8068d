// @cailiang/core/node: reads rule packs from disk. The only module of the core that touches node:fs.
import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { caseDateIssues } from "./cases/check-case-dates.js";
import { parseCaseFiles, type CaseSourceFile, type LocatedCase } from "./cases/parse-cases.js";
import type { Issue } from "./errors.js";
import { JsonSource, type SourceFile } from "./load/json-source.js";
import type { LoadProgress, RulesetSource } from "./load/load-ruleset.js";
import { Registry } from "./registry.js";
import { compareSemver, type VersionStart } from "./versions/start-version.js";

const SEMVER = /^\d+\.\d+\.\d+$/;

/** Told how many steps a check of rule files takes (as versions are found) and of each step done, for a progress bar. */
export interface RulesProgress extends LoadProgress {
  add(steps: number): void;
}

/** One version found on disk, with its case files. */
export interface VersionOnDisk {
  /** The folder of the standard (its name is the ruleset id by convention). */
  standard: string;
  /** The name of its folder (`1.0.0/`) or file (`1.0.0.json`): the version it must declare. */
  folderVersion?: string;
  source: RulesetSource;
  caseFiles: SourceFile[];
}

/**
 * Finds the versions under `dir`, which may be a rules root (a folder per standard), one
 * standard's folder (a file `<version>.json` or a folder `<version>/` per version), or one
 * version folder (`ruleset.json`, `offenses/*.json`, `cases/*.json`).
 * Paths in messages are relative to the current directory.
 */
export async function readRulesDir(dir: string, progress?: RulesProgress): Promise<VersionOnDisk[]> {
  if (await isFile(join(dir, "ruleset.json"))) return [await readVersionFolder(dir, basename(join(dir, "..")), progress)];
  const entries = await readdir(dir, { withFileTypes: true });
  const versions = entries.filter((e) => (e.isDirectory() && SEMVER.test(e.name)) || (e.isFile() && SEMVER.test(e.name.replace(/\.json$/, "")) && e.name.endsWith(".json")));
  if (versions.length > 0) {
    const standard = basename(dir);
    return Promise.all(
      versions
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((e) => (e.isDirectory() ? readVersionFolder(join(dir, e.name), standard, progress) : readVersionFile(join(dir, e.name), standard))),
    );
  }
  const standards = entries.filter((e) => e.isDirectory() && e.name !== "schema" && !e.name.startsWith("."));
  const nested = await Promise.all(standards.sort((a, b) => a.name.localeCompare(b.name)).map((e) => readRulesDir(join(dir, e.name), progress)));
  return nested.flat();
}

async function readVersionFolder(dir: string, standard: string, progress?: RulesProgress): Promise<VersionOnDisk> {
  const offenses = await jsonFilesIn(join(dir, "offenses"));
  // Each offense file is read, validated, then compiled: three steps.
  progress?.add(offenses.length * 3);
  const name = basename(resolve(dir));
  return {
    standard,
    ...(SEMVER.test(name) ? { folderVersion: name } : {}),
    source: { files: [await readSource(join(dir, "ruleset.json")), ...(await readAll(offenses, progress))] },
    caseFiles: await Promise.all((await jsonFilesIn(join(dir, "cases"))).map(readSource)),
  };
}

async function readVersionFile(file: string, standard: string): Promise<VersionOnDisk> {
  const cases = file.replace(/\.json$/, ".cases.json");
  return {
    standard,
    folderVersion: basename(file).replace(/\.json$/, ""),
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
async function readAll(paths: readonly string[], progress?: RulesProgress, atOnce = 16): Promise<SourceFile[]> {
  const out: SourceFile[] = [];
  for (let i = 0; i < paths.length; i += atOnce) {
    const batch = await Promise.all(paths.slice(i, i + atOnce).map(readSource));
    out.push(...batch);
    progress?.tick(batch.length);
  }
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
 * The latest version folder of a pack (`<pack>/<version>/`, by version number) with the files a
 * new version starts from (startVersion): its ruleset file and its case files, named inside the folder.
 */
export async function latestVersionFolder(pack: string): Promise<{ version: string; dir: string; start: VersionStart } | undefined> {
  const entries = await readdir(pack, { withFileTypes: true });
  const version = entries.filter((e) => e.isDirectory() && SEMVER.test(e.name)).map((e) => e.name).sort(compareSemver).at(-1);
  if (!version) return undefined;
  const dir = join(pack, version);
  const cases = await jsonFilesIn(join(dir, "cases"));
  return {
    version,
    dir,
    start: {
      header: { path: "ruleset.json", text: await readFile(join(dir, "ruleset.json"), "utf8") },
      cases: await Promise.all(cases.map(async (f) => ({ path: join("cases", basename(f)), text: await readFile(f, "utf8") }))),
    },
  };
}

/** What a single file given to `validate` or `test` is: the rules or cases it narrows them to. */
export interface Focus {
  /** The file as messages name it. */
  file: string;
  kind: "ruleset" | "offense" | "cases";
  /** The offense an offense file declares (by convention its file name). */
  offense?: string;
}

/**
 * Like readRulesDir, but `path` may also be one file of a pack: a version file (`1.0.0.json`), a
 * version folder's `ruleset.json`, an offense file (`offenses/<id>.json`) or a case file
 * (`cases/*.json`, `1.0.0.cases.json`). Then its whole version is read (an offense is checked
 * against its ruleset, and against the other offenses it names), and the focus says what to keep.
 */
export async function readRulesTarget(path: string, progress?: RulesProgress): Promise<{ versions: VersionOnDisk[]; focus?: Focus }> {
  if (!(await isFile(path))) return { versions: await readRulesDir(path, progress) };
  const file = relative(process.cwd(), path) || path;
  const name = basename(path);
  const parent = dirname(path);
  const folderOf = (dir: string) => readVersionFolder(dir, basename(resolve(dir, "..")), progress);
  if (name === "ruleset.json") return { versions: [await folderOf(parent)], focus: { file, kind: "ruleset" } };
  if (basename(parent) === "offenses" && (await isFile(join(parent, "..", "ruleset.json")))) {
    return { versions: [await folderOf(join(parent, ".."))], focus: { file, kind: "offense", offense: await declaredId(path) } };
  }
  if (basename(parent) === "cases" && (await isFile(join(parent, "..", "ruleset.json")))) {
    return { versions: [await folderOf(join(parent, ".."))], focus: { file, kind: "cases" } };
  }
  const standard = basename(resolve(parent));
  if (SEMVER.test(name.replace(/\.cases\.json$/, "")) && name.endsWith(".cases.json")) {
    return { versions: [await readVersionFile(path.replace(/\.cases\.json$/, ".json"), standard)], focus: { file, kind: "cases" } };
  }
  if (SEMVER.test(name.replace(/\.json$/, ""))) return { versions: [await readVersionFile(path, standard)], focus: { file, kind: "ruleset" } };
  throw new Error(`${file} 不是规则包中的文件（版本文件、ruleset.json、offenses/ 或 cases/ 下的文件） / ${file} is not a file of a rule pack (a version file, ruleset.json, or a file under offenses/ or cases/)`);
}

async function declaredId(path: string): Promise<string> {
  try {
    const id = (JSON.parse(await readFile(path, "utf8")) as { id?: unknown } | null)?.id;
    if (typeof id === "string") return id;
  } catch {
    // Named by its file name, as the loader does.
  }
  return basename(path).replace(/\.json$/, "");
}

/** The outcome of checking rules for `validate` and `test`. */
export interface RulesCheck {
  /** Every version and offense, when everything validates. */
  registry?: Registry;
  /** What validates (every offense whose files have no issue), for running cases anyway. */
  usable: Registry;
  cases: LocatedCase[];
  /** The case files read, each with its ruleset and version (for updateCases). */
  caseFiles: CaseSourceFile[];
  issues: Issue[];
  /** Why a case cannot run (its offense or its version does not validate), or undefined. */
  notRun: (c: LocatedCase) => { zh: string; en: string } | undefined;
  focus?: Focus;
}

/**
 * Validates every version and every case file under `dir` (or the one file `dir` names, see
 * readRulesTarget), returning all issues (never throws for bad rules).
 * @example
 * const { registry, cases, issues } = await checkRulesDir("rules");
 * if (issues.length) console.error(formatIssues(issues));
 * else for (const o of await runCases(registry!, cases)) console.log(o.passed ? "✓" : "✗", o.name);
 */
export async function checkRulesDir(dir: string, options: { progress?: RulesProgress } = {}): Promise<RulesCheck> {
  const { versions, focus } = await readRulesTarget(dir, options.progress);
  const { registry: usable, issues, parts } = await Registry.checkParts(versions.map((v) => v.source), options.progress);
  const heads = versions.map(headOf);
  issues.push(...versions.flatMap((v, i) => [...folderIssues(v, heads[i]), ...issuedWithoutHash(heads[i])]));
  const caseFiles: CaseSourceFile[] = versions.flatMap((v, i) => v.caseFiles.map((f) => ({ ...f, ruleset: heads[i]?.id ?? v.standard, ...(heads[i]?.version ? { version: heads[i]?.version } : {}) })));
  const parsed = parseCaseFiles(caseFiles);
  issues.push(...parsed.issues, ...caseDateIssues(usable, parsed.cases));
  // A case of a version that did not load, or of an offense left out, does not run.
  const failedVersions = new Set(versions.flatMap((v, i) => (parts[i]?.ruleset ? [] : [v.caseFiles.map((f) => f.path)])).flat());
  const leftOut = new Map<string, Set<string>>();
  versions.forEach((_, i) => {
    const id = heads[i]?.id;
    if (id) leftOut.set(id, new Set([...(leftOut.get(id) ?? []), ...(parts[i]?.leftOut ?? [])]));
  });
  const notRun = (c: LocatedCase) => {
    if (failedVersions.has(c.file)) return { zh: "未运行：所在版本的 ruleset 文件有错误", en: "not run: the ruleset file of its version has issues" };
    const out = leftOut.get(c.case.input.ruleset ?? c.ruleset);
    const bad = [c.case.input.offense, ...(c.case.input.concurrent ?? [])].find((o) => out?.has(o));
    return bad ? { zh: `未运行：违法行为 "${bad}" 的规则有错误（cailiang validate）`, en: `not run: offense "${bad}" does not validate (cailiang validate)` } : undefined;
  };
  const kept = focus ? issues.filter((i) => i.file === focus.file) : issues;
  const cases = parsed.cases.filter((c) => !focus || focus.kind === "ruleset" || (focus.kind === "cases" ? c.file === focus.file : c.case.input.offense === focus.offense));
  const inScope = focus?.kind === "cases" ? caseFiles.filter((f) => f.path === focus.file) : caseFiles;
  return { ...(issues.length === 0 ? { registry: usable } : {}), usable, cases, caseFiles: inScope, issues: kept, notRun, ...(focus ? { focus } : {}) };
}

/** The id and version a version declares (read from its file), when it can be read. */
function headOf(v: VersionOnDisk): { id?: string; version?: string; issuedWithoutHash: boolean; source?: JsonSource } | undefined {
  const head = v.source.files[0];
  if (!head) return undefined;
  const { source, value } = JsonSource.parse(head);
  const h = (value ?? {}) as { id?: unknown; version?: unknown; status?: unknown; issuedHash?: unknown };
  return {
    ...(typeof h.id === "string" ? { id: h.id } : {}),
    ...(typeof h.version === "string" ? { version: h.version } : {}),
    issuedWithoutHash: h.status === "issued" && h.issuedHash === undefined,
    ...(source ? { source } : {}),
  };
}

/** A version on disk marked issued records the hash it was issued with (cailiang issue), so an edit is seen. */
function issuedWithoutHash(head: ReturnType<typeof headOf>): Issue[] {
  if (!head?.issuedWithoutHash || !head.source) return [];
  return [{
    code: "ISSUED_HASH_MISSING",
    path: "status",
    ...head.source.locate(["status"]),
    zh: "已发布的版本须记录 issuedHash：请用 cailiang issue 发布，不要手改 status",
    en: "An issued version records its issuedHash: issue it with cailiang issue rather than editing status by hand",
  }];
}

/** A version folder (or file) is named after the version it declares. */
function folderIssues(v: VersionOnDisk, head: ReturnType<typeof headOf>): Issue[] {
  if (!v.folderVersion || !head?.version || !head.source || head.version === v.folderVersion) return [];
  return [{
    code: "VERSION_FOLDER_MISMATCH",
    path: "version",
    ...head.source.locate(["version"]),
    zh: `文件声明的版本 ${head.version} 与所在目录（或文件）名 ${v.folderVersion} 不一致：请把 "version" 改为 "${v.folderVersion}"，或者把目录改名为 ${head.version}`,
    en: `The declared version ${head.version} differs from its folder (or file) name ${v.folderVersion}: set "version" to "${v.folderVersion}" or rename the folder to ${head.version}`,
  }];
}

export { Registry };
export type { LocatedCase };
