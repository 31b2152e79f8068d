import type { Issue, Location } from "../errors.js";
import type { ConstantCache } from "../conditions/compile.js";
import { compileOffense, type CompiledOffense, type CompiledRuleset } from "../model.js";
import { Offense, Ruleset, type OffenseT, type RulesetT } from "../schema/ruleset.js";
import { checkConditions, settleFindings, type ConditionCache, type PendingFindings } from "./check-conditions.js";
import { checkRuleset, type PathIssue } from "./check-ruleset.js";
import { rulesetHash } from "./content-hash.js";
import { issuedIssues } from "./check-issued.js";
import { workCalendar } from "../law/calendar.js";
import { formatPath, JsonSource, type PathSegment, type SourceFile } from "./json-source.js";
import { tierLabel, withTierName } from "./tier-names.js";
import { validate } from "./zod-issues.js";
import { constants } from "../money.js";

/**
 * One ruleset version as read by the caller: the version file (metadata, settings, general
 * circumstances, and possibly offenses) first, then any offense files (one offense each).
 */
export interface RulesetSource {
  files: readonly SourceFile[];
}

/** Told of each step of a long load (each offense file validated, then compiled), for a progress bar. */
export interface LoadProgress {
  tick(steps: number): void;
}

export interface LoadResult {
  ruleset?: CompiledRuleset;
  issues: Issue[];
}

/** Parses, validates and compiles one version; every issue found is returned, each with its location. */
export async function loadRuleset(source: RulesetSource, cache: ConditionCache = new Map(), progress?: LoadProgress): Promise<LoadResult> {
  const [head] = source.files;
  if (!head) return { issues: [{ code: "NO_FILES", path: "", zh: "规则集没有文件", en: "The ruleset has no files" }] };
  const issues: Issue[] = [];
  const [, ...offenseFiles] = source.files;
  const { src: headSrc, header, syntax } = readHeader(head);
  issues.push(...syntax);
  if (!headSrc || !header || "issues" in header) {
    // Without a header there is nothing to check the offenses against: report their syntax only.
    for (const f of offenseFiles) issues.push(...JsonSource.parse(f).issues);
    return { issues: [...issues, ...(header && "issues" in header ? header.issues : [])] };
  }

  // Where offense i of the merged ruleset came from: its file and its path inside that file
  // (issues give the JSON path inside the file they point at).
  const origins: Array<{ src: JsonSource; prefix: PathSegment[] }> = [];
  const offenses: OffenseT[] = [];
  header.data.offenses.forEach((o, i) => {
    offenses.push(withoutSchemaRef(o));
    origins.push({ src: headSrc, prefix: ["offenses", i] });
  });
  // Each offense file is parsed and validated in turn, so only one raw value is alive at a time.
  // One that does not parse is reported and left out, so the others are still checked. Its id is
  // the one it declares, or by convention its file name (offenses/<id>.json).
  const leftOut = new Set<string>();
  for (const file of offenseFiles) {
    progress?.tick(1);
    const { source: src, value, issues: syntax } = JsonSource.parse(file);
    issues.push(...syntax);
    if (!src) {
      leftOut.add(fileStem(file.path));
      continue;
    }
    const r = validate(Offense, value, { locate: (at) => src.locate(at), label: (at) => tierLabel(value, at) });
    if ("issues" in r) {
      issues.push(...r.issues);
      const id = (value as { id?: unknown } | null)?.id;
      leftOut.add(typeof id === "string" ? id : fileStem(file.path));
      continue;
    }
    offenses.push(withoutSchemaRef(r.data));
    origins.push({ src, prefix: [] });
  }

  const def: RulesetT = { ...withoutSchemaRef(header.data), offenses };
  const locate = (named: PathIssue): Issue => {
    const { at, ...rest } = withTierName(named, def);
    if (at[0] === "offenses" && typeof at[1] === "number") {
      const origin = origins[at[1]];
      if (origin) {
        const inner = [...origin.prefix, ...at.slice(2)];
        return { ...rest, path: formatPath(inner), ...origin.src.locate(inner) };
      }
    }
    return { ...rest, path: formatPath(at), ...headSrc.locate(at) };
  };

  // Rule constants parsed once for this load: by the checks, then by the conditions compiled.
  const parsed: ConstantCache = new Map();
  const semantic = checkRuleset(def, leftOut, parsed);
  issues.push(...semantic.map(locate));
  if (semantic.length > 0) return { issues };

  // The rules are hashed now: under Node one offense at a time, on this thread; elsewhere Web
  // Crypto digests them off the thread while the offenses are compiled and checked.
  const pending = rulesetHash(def, workCalendar().fingerprint);
  const compiled = new Map<string, CompiledOffense>();
  const found: PendingFindings = [];
  for (const [i, o] of def.offenses.entries()) {
    const origin = origins[i] as (typeof origins)[number];
    const c = compileOffense(o, def.circumstances, locator(origin.src, origin.prefix), { file: origin.src.file.path, prefix: formatPath(origin.prefix) }, parsed);
    compiled.set(o.id, c);
    if (origin.prefix.length === 0) progress?.tick(1);
    found.push(...checkConditions(c, ["offenses", i], cache, o.boundary ?? def.settings.boundary));
  }
  issues.push(...(await settleFindings(found)).map(locate));
  if (issues.length > 0) return { issues };

  const hash = await pending;
  issues.push(...issuedIssues(def, hash).map(locate));
  if (issues.length > 0) return { issues };
  return {
    ruleset: { def, hash, offenses: compiled, files: source.files.map((f) => f.path), dec: constants() },
    issues: [],
  };
}

/** The version file parsed and validated; its raw value is not kept (a large pack's is tens of MB). */
function readHeader(head: SourceFile): { src?: JsonSource; header: ReturnType<typeof validate<typeof Ruleset>> | null; syntax: Issue[] } {
  const { source: src, value, issues: syntax } = JsonSource.parse(head);
  if (!src) return { header: null, syntax };
  const header = validate(Ruleset, value, {
    locate: (p) => src.locate(p),
    label: (p) => (p[0] === "offenses" && typeof p[1] === "number" ? tierLabel((value as { offenses?: unknown[] } | null)?.offenses?.[p[1]], p.slice(2)) : undefined),
  });
  return { src, header, syntax };
}

/**
 * Where an offense is written. An offense file's position is where it starts, known now; one inside
 * the header file is found when asked, from that one file. So a loaded pack keeps no offense file's
 * text (each closure is made in its own scope, holding only what it needs).
 */
function locator(src: JsonSource, prefix: PathSegment[]): () => Location {
  if (prefix.length === 0) {
    const root = src.rootLocation();
    return () => root;
  }
  return () => src.locate(prefix);
}

/** `$schema` tells an editor where the schema is; it is not part of what the rules say. */
function withoutSchemaRef<T extends { $schema?: string | undefined }>(value: T): Omit<T, "$schema"> {
  if (!("$schema" in value)) return value;
  const { $schema: _editorOnly, ...rest } = value;
  return rest;
}

function fileStem(path: string): string {
  return path.replace(/^.*[\\/]/, "").replace(/\.json$/, "");
}
