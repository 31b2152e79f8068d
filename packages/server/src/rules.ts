import { relative } from "node:path";
import { CailiangError, issueLines, Registry, type Issue } from "@cailiang/core";
import { readRulesDir } from "@cailiang/core/node";
import { silentLogger, type Logger } from "./logger.js";

/** A failed reload: when, and every issue with its location. */
export interface ReloadFailure {
  at: string;
  issues: Issue[];
}

/** What the app reads the rules through: the registry serving now, and its status for /readyz. */
export interface RegistryRef {
  current(): Registry;
  loadedAt(): string;
  /** The last reload that failed since the live rules were loaded, or null. */
  lastReloadError(): ReloadFailure | null;
  /** Versions that were live and are gone since (a deleted version folder): requests dated in them now fail. */
  removedVersions(): RemovedVersion[];
}

/** A version a reload took away. */
export interface RemovedVersion extends LiveVersion {
  removedAt: string;
  /** Whether it was in force on the day it was removed. */
  inForce: boolean;
}

/** A registry that never changes (createApp({ registry })). */
export function staticRegistry(registry: Registry): RegistryRef {
  const loadedAt = new Date().toISOString();
  return { current: () => registry, loadedAt: () => loadedAt, lastReloadError: () => null, removedVersions: () => [] };
}

/** One live version, as /readyz and the logs report it. */
export interface LiveVersion {
  id: string;
  version: string;
  hash: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

export function liveVersions(registry: Registry): LiveVersion[] {
  return registry.list().flatMap((r) =>
    r.versions.map((v) => ({ id: r.id, version: v.version, hash: v.hash, effectiveFrom: v.effectiveFrom, effectiveTo: v.effectiveTo })),
  );
}

/**
 * Rules read from a directory that can be reloaded: a new set replaces the live one only when it
 * validates completely; otherwise the failure is logged with every location, kept for /readyz,
 * and the last good rules keep serving.
 */
export class LiveRules implements RegistryRef {
  private queue: Promise<unknown> = Promise.resolve();
  private failure: ReloadFailure | null = null;
  private removed = new Map<string, RemovedVersion>();
  /** Called after each reload attempt that read the directory: true when it validated. */
  onReload: (ok: boolean) => void = () => undefined;

  private constructor(
    readonly dir: string,
    private registry: Registry,
    private loaded: string,
    private readonly logger: Logger,
  ) {}

  /** Loads `dir`; throws RULESET_INVALID with every issue when it does not validate. */
  static async open(dir: string, logger: Logger = silentLogger): Promise<LiveRules> {
    const { registry, issues } = await checkDir(dir);
    if (!registry) {
      throw new CailiangError("RULESET_INVALID", `规则目录 ${dir} 有 ${issues.length} 处错误`, `The rules in ${dir} have ${issues.length} issue(s)`, issues);
    }
    logger.info("rules loaded", { dir, rulesets: liveVersions(registry) });
    return new LiveRules(dir, registry, new Date().toISOString(), logger);
  }

  current(): Registry {
    return this.registry;
  }

  loadedAt(): string {
    return this.loaded;
  }

  lastReloadError(): ReloadFailure | null {
    return this.failure;
  }

  removedVersions(): RemovedVersion[] {
    return [...this.removed.values()];
  }

  /** Reloads the directory (reloads run one at a time); resolves to true when new rules went live. */
  reload(): Promise<boolean> {
    const next = this.queue.then(() => this.reloadNow());
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Records versions `before` had and `after` lacks (and forgets those that came back); warns of each. */
  private noteRemoved(before: Registry, after: Registry, at: string): void {
    const now = new Set(liveVersions(after).map(versionKey));
    for (const key of now) this.removed.delete(key);
    for (const v of liveVersions(before)) {
      if (now.has(versionKey(v))) continue;
      const removed = { ...v, removedAt: at, inForce: inForceOn(v, at) };
      this.removed.set(versionKey(v), removed);
      this.logger.warn(removed.inForce ? "a version in force was removed: requests dated in it now fail" : "a version was removed", { dir: this.dir, removed });
    }
  }

  private async reloadNow(): Promise<boolean> {
    const { registry, issues } = await checkDir(this.dir);
    const at = new Date().toISOString();
    this.onReload(Boolean(registry));
    if (!registry) {
      // Files relative to the rules directory: /readyz does not show where the server's disk is.
      this.failure = { at, issues: issues.map((i) => (i.file ? { ...i, file: relative(this.dir, i.file) || "." } : i)) };
      this.logger.error("rules reload failed; the last good rules keep serving", {
        dir: this.dir,
        issues: issueLines(issues),
        live: liveVersions(this.registry),
      });
      return false;
    }
    this.failure = null;
    const fingerprint = (r: Registry) => JSON.stringify(liveVersions(r));
    if (fingerprint(registry) === fingerprint(this.registry)) {
      this.logger.debug("rules unchanged", { dir: this.dir });
      return false;
    }
    this.noteRemoved(this.registry, registry, at);
    this.registry = registry;
    this.loaded = at;
    this.logger.info("rules reloaded", { dir: this.dir, rulesets: liveVersions(registry) });
    return true;
  }
}

const versionKey = (v: LiveVersion) => `${v.id}@${v.version}`;

/** The day `at` (ISO time) falls in the version's period. */
function inForceOn(v: LiveVersion, at: string): boolean {
  const day = at.slice(0, 10);
  return v.effectiveFrom <= day && (v.effectiveTo === null || day <= v.effectiveTo);
}

/** Reads and validates every version under `dir`; an unreadable or empty directory is an issue too. */
async function checkDir(dir: string): Promise<{ registry?: Registry; issues: Issue[] }> {
  let result: { registry?: Registry; issues: Issue[] };
  try {
    result = await Registry.check((await readRulesDir(dir)).map((v) => v.source));
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { issues: [{ code: "RULES_DIR_UNREADABLE", path: "", file: dir, zh: `无法读取规则目录：${reason}`, en: `Cannot read the rules directory: ${reason}` }] };
  }
  if (result.registry && result.registry.list().length === 0) {
    return { issues: [{ code: "NO_RULESETS", path: "", file: dir, zh: "规则目录中没有任何规则集", en: "The rules directory holds no ruleset" }] };
  }
  return result;
}
