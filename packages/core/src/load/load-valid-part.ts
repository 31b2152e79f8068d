import type { Issue } from "../errors.js";
import type { CompiledRuleset } from "../model.js";
import type { ConditionCache } from "./check-conditions.js";
import type { SourceFile } from "./json-source.js";
import { loadRuleset, type LoadProgress, type RulesetSource } from "./load-ruleset.js";

/** One version loaded for running cases while some of its files have issues. */
export interface PartLoad {
  /** The version without the offenses that do not validate; absent when its ruleset file itself has issues. */
  ruleset?: CompiledRuleset;
  /** Every issue of the version: those of a full load, then those found in what remained. */
  issues: Issue[];
  /** Ids of the offenses left out (their files have issues, or depend on one that has). */
  leftOut: Set<string>;
}

/**
 * Loads what validates of one version: an offense file with an issue is left out and the rest is
 * loaded again, until what remains validates. The ruleset file is the context of every offense,
 * so an issue in it leaves the whole version out. Used by `cailiang test`, so one bad file does not
 * stop every other offense's cases from running; assessment itself only ever uses a full load.
 */
export async function loadValidPart(source: RulesetSource, cache: ConditionCache = new Map(), progress?: LoadProgress): Promise<PartLoad> {
  const first = await loadRuleset(source, cache, progress);
  const leftOut = new Set<string>();
  if (first.ruleset) return { ruleset: first.ruleset, issues: [], leftOut };
  const [head, ...offenses] = source.files;
  let remaining = offenses;
  let round = first.issues;
  const all = new IssueList(round);
  // Each round leaves out at least one more file, so this ends.
  for (;;) {
    const bad = new Set(round.map((i) => i.file));
    if (!head || bad.has(head.path) || bad.has(undefined)) return { issues: all.items, leftOut };
    const keep = remaining.filter((f) => !bad.has(f.path));
    for (const f of remaining) if (bad.has(f.path)) leftOut.add(offenseIdOf(f));
    if (keep.length === remaining.length) return { issues: all.items, leftOut };
    remaining = keep;
    const next = await loadRuleset({ files: [head, ...remaining] }, cache);
    // A load stops at the first stage with issues: a later round may find more (coverage, say).
    all.add(next.issues);
    if (next.ruleset) return { ruleset: next.ruleset, issues: all.items, leftOut };
    round = next.issues;
  }
}

/** Issues without repeats (a later round finds again what an earlier one reported). */
class IssueList {
  readonly items: Issue[] = [];
  private readonly keys = new Set<string>();
  constructor(first: readonly Issue[]) {
    this.add(first);
  }
  add(issues: readonly Issue[]): void {
    for (const i of issues) {
      const key = `${i.code} ${i.file}:${i.line}:${i.column} ${i.path}`;
      if (!this.keys.has(key)) this.items.push(i);
      this.keys.add(key);
    }
  }
}

/** The id an offense file declares, or by convention its file name (offenses/<id>.json). */
function offenseIdOf(file: SourceFile): string {
  try {
    const id = (JSON.parse(file.text) as { id?: unknown } | null)?.id;
    if (typeof id === "string") return id;
  } catch {
    // A file that does not parse is named by its file name.
  }
  return file.path.replace(/^.*[\\/]/, "").replace(/\.json$/, "");
}
