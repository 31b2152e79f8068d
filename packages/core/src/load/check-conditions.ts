import type { PreparedConditions } from "../conditions/prepared.js";
import type { CompiledOffense } from "../model.js";
import { coverageFindings } from "./check-coverage.js";
import type { PathIssue } from "./check-ruleset.js";
import { referenceDisagreement } from "./check-reference.js";
import type { PathSegment } from "./json-source.js";
import { axesOf } from "./regions.js";

/** A finding about a group of conditions, before it is placed at a path. */
export type Finding = Omit<PathIssue, "at">;

/** Findings already made in this load, by the group's conditions and facts: packs repeat their conditions. */
export type ConditionCache = Map<string, Finding[]>;

interface Group {
  conditions: PreparedConditions | null;
  at: PathSegment[];
  /** What the coverage messages call the group; null where any number may hold (no coverage check). */
  what: [zh: string, en: string] | null;
}

/**
 * The static checks of an offense's conditions: tiers (and a fine chosen by condition) cover every
 * case exactly once, and every compiled group says what json-rules-engine says.
 */
export async function checkConditions(o: CompiledOffense, base: PathSegment[], cache: ConditionCache): Promise<PathIssue[]> {
  const groups: Group[] = [
    { conditions: o.tiers, at: ["tiers"], what: ["阶次", "tiers"] },
    { conditions: o.fineOptions, at: ["statutory", "fine", "options"], what: ["法定罚款选项", "statutory fine options"] },
    { conditions: o.noPenalty, at: ["noPenaltyList"], what: null },
    { conditions: o.filing, at: ["filingThreshold"], what: null },
    { conditions: o.harm, at: ["limitation", "harmWhen"], what: null },
  ];
  const out: PathIssue[] = [];
  for (const { conditions, at, what } of groups) {
    if (!conditions) continue;
    const conditional = conditions.entries.some((e) => e.when);
    // One entry that always holds covers every case once; anything else is checked.
    const covering = what !== null && (conditions.entries.length > 1 || conditional);
    if (!covering && !conditional) continue;
    const decls = conditions.facts.map((f) => {
      const d = o.facts.get(f);
      return d ? [d.type, d.values ?? null] : null;
    });
    const key = JSON.stringify([what?.[1] ?? null, conditions.entries.map((e) => [e.id, e.when ?? null]), decls]);
    let findings = cache.get(key);
    if (!findings) {
      const axes = axesOf(o, conditions);
      const coverage = covering && axes ? coverageFindings(conditions, axes, what) : [];
      const mismatch = conditional ? await referenceDisagreement(o, conditions, axes) : [];
      findings = [...coverage, ...mismatch];
      cache.set(key, findings);
    }
    out.push(...findings.map((f) => ({ ...f, at: [...base, ...at] })));
  }
  return out;
}
