import { lineageIssues } from "./load/check-lineage.js";
import { CailiangError, type Issue } from "./errors.js";
import { loadRuleset, type RulesetSource } from "./load/load-ruleset.js";
import type { ConditionCache } from "./load/check-conditions.js";
import { offenseNotFound, type CompiledOffense, type CompiledRuleset } from "./model.js";

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
      throw new CailiangError("RULESET_INVALID", `规则数据有 ${issues.length} 处错误`, `The rule data has ${issues.length} issue(s)`, issues);
    }
    return registry;
  }

  /** Like load, but returns the issues instead of throwing. */
  static async check(sources: readonly RulesetSource[]): Promise<{ registry?: Registry; issues: Issue[] }> {
    // Packs repeat their conditions: each group is checked once per load.
    const cache: ConditionCache = new Map();
    const results = await Promise.all(sources.map((s) => loadRuleset(s, cache)));
    const issues = results.flatMap((r) => r.issues);
    const rulesets = results.flatMap((r) => (r.ruleset ? [r.ruleset] : []));
    issues.push(...versionIssues(rulesets), ...lineageIssues(rulesets));
    return issues.length > 0 ? { issues } : { registry: new Registry(rulesets), issues };
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
      if (!this.byId.has(id)) throw new CailiangError("RULESET_NOT_FOUND", `未找到规则集 "${id}"`, `Ruleset "${id}" not found`, [{ code: "RULESET_NOT_FOUND", path: "ruleset", zh: `未找到规则集 "${id}"`, en: `Ruleset "${id}" not found` }]);
      return id;
    }
    const [only, ...more] = this.byId.keys();
    if (only === undefined || more.length > 0) {
      throw new CailiangError("INPUT_INVALID", "持有多个规则集时须指明 ruleset", "Name the ruleset: the registry holds more than one", [{ code: "RULESET_REQUIRED", path: "ruleset", zh: "须指明规则集", en: "ruleset is required" }]);
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
      throw new CailiangError("RULESET_NOT_FOUND", `规则集 "${id}" 在 ${date} 没有生效的版本`, `Ruleset "${id}" has no version in force on ${date}`, [{ code: "RULESET_NOT_IN_FORCE", path: "dates", zh: `${date} 没有生效的版本`, en: `no version in force on ${date}` }]);
    }
    return found;
  }

  /** One offense of the version in force on `date` (or the latest); throws RULESET_NOT_FOUND or OFFENSE_NOT_FOUND. */
  offense(id: string, offenseId: string, date?: string): { ruleset: CompiledRuleset; offense: CompiledOffense } {
    const ruleset = this.get(id, date);
    const offense = ruleset.offenses.get(offenseId);
    if (!offense) {
      const issue = offenseNotFound(ruleset, offenseId, "offense");
      throw new CailiangError("OFFENSE_NOT_FOUND", issue.zh, issue.en, [issue]);
    }
    return { ruleset, offense };
  }
}

/** Versions of one ruleset must not repeat a version number nor overlap in time. */
function versionIssues(rulesets: readonly CompiledRuleset[]): Issue[] {
  const issues: Issue[] = [];
  const sorted = [...rulesets].sort((a, b) => (a.def.id + a.def.effectiveFrom < b.def.id + b.def.effectiveFrom ? -1 : 1));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as CompiledRuleset;
    const cur = sorted[i] as CompiledRuleset;
    if (prev.def.id !== cur.def.id) continue;
    const file = cur.files[0] ?? "";
    if (prev.def.version === cur.def.version) {
      issues.push({ code: "DUPLICATE_VERSION", path: "version", file, zh: `规则集 "${cur.def.id}" 的版本 ${cur.def.version} 重复`, en: `Ruleset "${cur.def.id}" has version ${cur.def.version} twice` });
    }
    if (prev.def.effectiveTo === null || prev.def.effectiveTo >= cur.def.effectiveFrom) {
      issues.push({
        code: "VERSIONS_OVERLAP",
        path: "effectiveFrom",
        file,
        zh: `版本 ${cur.def.version} 自 ${cur.def.effectiveFrom} 生效，与版本 ${prev.def.version}（至 ${prev.def.effectiveTo ?? "无限期"}）重叠；旧版本须写明失效日期`,
        en: `Version ${cur.def.version} takes effect on ${cur.def.effectiveFrom}, overlapping version ${prev.def.version} (until ${prev.def.effectiveTo ?? "open-ended"}); give the old version an effectiveTo`,
      });
    }
  }
  return issues;
}
