import { addDays, parseIsoDate } from "./dates.js";
import type { Issue, Location } from "./errors.js";
import { lineageIssues } from "./load/check-lineage.js";
import { loadRuleset, type LoadProgress, type LoadResult, type RulesetSource } from "./load/load-ruleset.js";
import { loadValidPart, type PartLoad } from "./load/load-valid-part.js";
import type { ConditionCache } from "./load/check-conditions.js";
import { JsonSource, type SourceFile } from "./load/json-source.js";
import type { RulesetT } from "./schema/ruleset.js";
import { offenseNotFound, type CompiledOffense, type CompiledRuleset } from "./model.js";
import { failure, headline, issue } from "./messages/issues.js";

export interface RulesetSummary {
  id: string;
  title: string;
  authority: string;
  versions: Array<{ version: string; effectiveFrom: string; effectiveTo: string | null; hash: string; status: string }>;
}

/**
 * Many rulesets, each with dated versions. Picks the version in force on a day, and refuses a set
 * of versions whose effective periods overlap. Immutable: a reload builds a new registry.
 */
export class Registry {
  private readonly byId: ReadonlyMap<string, readonly CompiledRuleset[]>;

  private constructor(rulesets: readonly CompiledRuleset[]) {
    const byId = new Map<string, CompiledRuleset[]>();
    for (const r of rulesets) byId.set(r.def.id, [...(byId.get(r.def.id) ?? []), r]);
    for (const list of byId.values()) list.sort((a, b) => (a.def.effectiveFrom < b.def.effectiveFrom ? -1 : 1));
    this.byId = byId;
  }

  /**
   * Validates and compiles every source; throws RULESET_INVALID listing every issue of every file.
   * @example
   * const registry = await Registry.load([{ files: [{ path: "v1.json", text }] }]);
   */
  static async load(sources: readonly RulesetSource[]): Promise<Registry> {
    const { registry, issues } = await Registry.check(sources);
    if (!registry) {
      throw failure("RULESET_INVALID", headline("RULESET_INVALID", { count: issues.length }), issues);
    }
    return registry;
  }

  /** Like load, but returns the issues instead of throwing. */
  static async check(sources: readonly RulesetSource[]): Promise<{ registry?: Registry; issues: Issue[] }> {
    // Packs repeat their conditions: each group is checked once per load.
    const cache: ConditionCache = new Map();
    const results = await Promise.all(sources.map((s) => loadRuleset(s, cache)));
    const { registry, issues } = Registry.assemble(sources, results);
    return issues.length > 0 ? { issues } : { registry, issues };
  }

  /**
   * For running cases while some files have issues: a registry of what validates (each version
   * without the offenses whose files have issues, see loadValidPart), every issue, and for each
   * source what it lost (`parts[i]`). Assessment for real only ever uses `load` or `check`.
   */
  static async checkParts(sources: readonly RulesetSource[], progress?: LoadProgress): Promise<{ registry: Registry; issues: Issue[]; parts: PartLoad[] }> {
    const cache: ConditionCache = new Map();
    const parts = await Promise.all(sources.map((s) => loadValidPart(s, cache, progress)));
    return { ...Registry.assemble(sources, parts), parts };
  }

  /** The loaded versions as one registry, with the issues of each and those across versions. */
  private static assemble(sources: readonly RulesetSource[], results: readonly LoadResult[]): { registry: Registry; issues: Issue[] } {
    const issues = results.flatMap((r) => r.issues);
    // A version with issues still has its dates: checked against the others, so a version left
    // out does not show as a gap.
    const dated = results.flatMap((r, i) => {
      const head = sources[i]?.files[0];
      const dates = r.ruleset?.def ?? datesOf(head);
      return dates && head ? [{ dates, head }] : [];
    });
    const rulesets = results.flatMap((r) => (r.ruleset ? [r.ruleset] : []));
    issues.push(...versionIssues(dated), ...lineageIssues(rulesets));
    return { registry: new Registry(rulesets), issues };
  }

  /** Every ruleset with its versions (GET /v1/rulesets). */
  list(): RulesetSummary[] {
    return [...this.byId.entries()].map(([id, versions]) => {
      const latest = versions[versions.length - 1] as CompiledRuleset;
      return {
        id,
        title: latest.def.title,
        authority: latest.def.authority,
        versions: versions.map((v) => ({
          version: v.def.version,
          effectiveFrom: v.def.effectiveFrom,
          effectiveTo: v.def.effectiveTo,
          hash: v.hash,
          status: v.def.status,
        })),
      };
    });
  }

  /** The ruleset id to use: the one given, or the only one held. */
  resolveId(id: string | undefined): string {
    if (id !== undefined) {
      if (!this.byId.has(id)) {
        const notFound = issue("RULESET_NOT_FOUND", "ruleset", { id });
        throw failure("RULESET_NOT_FOUND", notFound, [notFound]);
      }
      return id;
    }
    const [only, ...more] = this.byId.keys();
    if (only === undefined || more.length > 0) {
      throw failure("INPUT_INVALID", headline("RULESET_REQUIRED"), [issue("RULESET_REQUIRED", "ruleset")]);
    }
    return only;
  }

  /** All versions of a ruleset, oldest first. */
  versions(id: string): readonly CompiledRuleset[] {
    return this.byId.get(this.resolveId(id)) ?? [];
  }

  /** The version in force on `date` (YYYY-MM-DD), if any. */
  inForce(id: string, date: string): CompiledRuleset | undefined {
    return this.versions(id).find((v) => v.def.effectiveFrom <= date && (v.def.effectiveTo === null || date <= v.def.effectiveTo));
  }

  /** The version in force on `date`, or the latest one when no date is given; throws RULESET_NOT_FOUND. */
  get(id: string, date?: string): CompiledRuleset {
    const versions = this.versions(id);
    const found = date ? this.inForce(id, date) : versions[versions.length - 1];
    if (!found) {
      throw failure("RULESET_NOT_FOUND", headline("RULESET_NOT_IN_FORCE", { id, date }), [issue("RULESET_NOT_IN_FORCE", "dates", { date })]);
    }
    return found;
  }

  /** One offense of the version in force on `date` (or the latest); throws RULESET_NOT_FOUND or OFFENSE_NOT_FOUND. */
  offense(id: string, offenseId: string, date?: string): { ruleset: CompiledRuleset; offense: CompiledOffense } {
    const ruleset = this.get(id, date);
    const offense = ruleset.offenses.get(offenseId);
    if (!offense) {
      const notFound = offenseNotFound(ruleset, offenseId, "offense");
      throw failure("OFFENSE_NOT_FOUND", notFound, [notFound]);
    }
    return { ruleset, offense };
  }
}

/** What the checks across versions read of a version. */
type VersionDates = Pick<RulesetT, "id" | "version" | "effectiveFrom" | "effectiveTo">;

/** The dates a version file declares, when they are well formed, read without validating the rest. */
function datesOf(head: SourceFile | undefined): VersionDates | undefined {
  if (!head) return undefined;
  const v = JsonSource.parse(head).value as Partial<Record<keyof VersionDates, unknown>> | undefined;
  const date = (x: unknown): x is string => typeof x === "string" && parseIsoDate(x) !== undefined;
  if (!v || typeof v.id !== "string" || typeof v.version !== "string" || !date(v.effectiveFrom) || !(v.effectiveTo === null || date(v.effectiveTo))) return undefined;
  return { id: v.id, version: v.version, effectiveFrom: v.effectiveFrom, effectiveTo: v.effectiveTo };
}

/**
 * Versions of one ruleset must not repeat a version number, overlap in time, nor leave a gap
 * between them (a day on which no version is in force, though one was before and one is after).
 */
function versionIssues(dated: ReadonlyArray<{ dates: VersionDates; head: SourceFile }>): Issue[] {
  const issues: Issue[] = [];
  const sorted = [...dated].sort((a, b) => (a.dates.id + a.dates.effectiveFrom < b.dates.id + b.dates.effectiveFrom ? -1 : 1));
  const at = (l: (typeof dated)[number], path: "version" | "effectiveFrom" | "effectiveTo"): Location | { file: string } =>
    JsonSource.parse(l.head).source?.locate([path]) ?? { file: l.head.path };
  for (let i = 1; i < sorted.length; i++) {
    const p = sorted[i - 1] as (typeof sorted)[number];
    const c = sorted[i] as (typeof sorted)[number];
    const [prev, cur] = [p.dates, c.dates];
    if (prev.id !== cur.id) continue;
    if (prev.version === cur.version) {
      issues.push({ code: "DUPLICATE_VERSION", path: "version", ...at(c, "version"), zh: `规则集 "${cur.id}" 的版本 ${cur.version} 重复`, en: `Ruleset "${cur.id}" has version ${cur.version} twice` });
    }
    const dayBefore = addDays(cur.effectiveFrom, -1);
    if (prev.effectiveTo === null || prev.effectiveTo >= cur.effectiveFrom) {
      // Said where the fix goes: the earlier version's effectiveTo.
      issues.push({
        code: "VERSIONS_OVERLAP",
        path: "effectiveTo",
        ...at(p, "effectiveTo"),
        zh: `版本 ${prev.version} 的失效日期为 ${prev.effectiveTo ?? "null（无限期）"}，与自 ${cur.effectiveFrom} 起施行的版本 ${cur.version} 重叠：版本 ${prev.version} 缺少失效日期 "effectiveTo": "${dayBefore}"（新版本施行的前一日）`,
        en: `Version ${prev.version} runs until ${prev.effectiveTo ?? "null (open-ended)"}, overlapping version ${cur.version} in force from ${cur.effectiveFrom}: version ${prev.version} lacks "effectiveTo": "${dayBefore}" (the day before)`,
      });
    } else if (prev.effectiveTo < dayBefore) {
      issues.push({
        code: "VERSIONS_GAP",
        path: "effectiveFrom",
        ...at(c, "effectiveFrom"),
        zh: `版本 ${prev.version} 于 ${prev.effectiveTo} 失效，版本 ${cur.version} 自 ${cur.effectiveFrom} 起施行：${addDays(prev.effectiveTo, 1)} 至 ${dayBefore} 没有施行中的版本；请将版本 ${prev.version} 的 effectiveTo 改为 "${dayBefore}"，或者将版本 ${cur.version} 的 effectiveFrom 改为 "${addDays(prev.effectiveTo, 1)}"`,
        en: `Version ${prev.version} ends on ${prev.effectiveTo} and version ${cur.version} starts on ${cur.effectiveFrom}: no version is in force from ${addDays(prev.effectiveTo, 1)} to ${dayBefore}; set ${prev.version}'s effectiveTo to "${dayBefore}" or ${cur.version}'s effectiveFrom to "${addDays(prev.effectiveTo, 1)}"`,
      });
    }
  }
  return issues;
}
