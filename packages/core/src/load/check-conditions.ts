import { tierName } from "./tier-names.js";
import type { CompiledOffense } from "../model.js";
import { collectFacts, PreparedConditions } from "../conditions/prepared.js";
import type { BoundaryTierT } from "../schema/ruleset.js";
import type { Box, BoxAlgebra } from "./boxes.js";
import { coverageFindings, type CoverageOptions } from "./check-coverage.js";
import type { PathIssue } from "./check-ruleset.js";
import { referenceDisagreement } from "./check-reference.js";
import type { PathSegment } from "./json-source.js";
import { ABSENT, axesOf } from "./regions.js";

/** A finding about a group of conditions, before it is placed at a path. */
export type Finding = Omit<PathIssue, "at">;

/**
 * What is known already in this load of a group of conditions, by its conditions and facts (packs
 * repeat their conditions): its coverage findings, made with the names of the first offense that
 * had it, and json-rules-engine's verdict, a promise until it is in.
 */
interface Known {
  coverage: Finding[];
  mismatch: Finding[] | Promise<Finding[]>;
}
export type ConditionCache = Map<string, Known>;

/** An offense's findings at their paths, some still waiting for json-rules-engine (settleFindings). */
export type PendingFindings = Array<{ at: PathSegment[]; coverage: Finding[]; mismatch: Finding[] | Promise<Finding[]> }>;

interface Group {
  conditions: PreparedConditions | null;
  at: readonly PathSegment[];
  /** What the coverage messages call the group; null where any number may hold (no coverage check). */
  what: readonly [zh: string, en: string] | null;
  /** Built only when the findings are not known already; `said` is what they depend on besides the conditions and the names. */
  options?: () => CoverageOptions;
  said?: unknown;
}

/**
 * The static checks of an offense's conditions: tiers (and a fine chosen by condition) cover every
 * case exactly once, and every compiled group says what json-rules-engine says. Synchronous: the
 * json-rules-engine verdicts are awaited once for the whole pack (settleFindings).
 */
export function checkConditions(o: CompiledOffense, base: PathSegment[], cache: ConditionCache, boundary?: BoundaryTierT): PendingFindings {
  const out = checkRoleConditions(o, base, cache, boundary);
  // 两罚: the persons' tiers cover every case too; the filing threshold and harm are the row's, checked once.
  if (o.responsiblePersons) out.push(...checkRoleConditions(o.responsiblePersons, [...base, "responsiblePersons"], cache, boundary));
  return out;
}

/** The findings placed at their paths, in the order they were found. */
export async function settleFindings(pending: PendingFindings): Promise<PathIssue[]> {
  const out: PathIssue[] = [];
  for (const { at, coverage, mismatch } of pending) {
    for (const f of [...coverage, ...(Array.isArray(mismatch) ? mismatch : await mismatch)]) out.push({ ...f, at });
  }
  return out;
}

/** Where each group is in an offense, and what coverage messages call it. */
const TIERS_AT: readonly PathSegment[] = ["tiers"];
const TIERS_WHAT: readonly [string, string] = ["阶次", "tiers"];
const FINE_OPTIONS_AT: readonly PathSegment[] = ["statutory", "fine", "options"];
const FINE_OPTIONS_WHAT: readonly [string, string] = ["法定罚款选项", "statutory fine options"];
const NO_PENALTY_AT: readonly PathSegment[] = ["noPenaltyList"];
const FILING_AT: readonly PathSegment[] = ["filingThreshold"];
const HARM_AT: readonly PathSegment[] = ["limitation", "harmWhen"];

function checkRoleConditions(o: CompiledOffense, base: PathSegment[], cache: ConditionCache, boundary?: BoundaryTierT): PendingFindings {
  const rowWide = o.role === "organization";
  // The tiers and the declared gaps together cover every case that can occur exactly once, but for
  // a threshold value two tiers share where the standard says which one takes it.
  const gaps = o.gaps?.entries ?? [];
  const tiers = gaps.length > 0 ? new PreparedConditions([...o.tiers.entries, ...gaps], o.tiers.mayBeAbsent) : o.tiers;
  const domain = o.requiredWhen.size > 0 ? (a: BoxAlgebra) => requiredDomain(o, a) : undefined;
  // Messages name tiers as a legal officer counts them: 「第2阶次“一般”」, not their ids.
  const names = () => new Map<string, string>([...o.def.tiers.map((t, i) => [t.id, tierName(i, t.title)] as const), ...o.def.gaps.map((g) => [g.id, `未覆盖情形“${g.title}”`] as const)]);
  const groups: Group[] = [
    {
      conditions: tiers,
      at: TIERS_AT,
      what: TIERS_WHAT,
      options: () => ({ gaps: new Set(gaps.map((g) => g.id)), boundary, domain, names: names() }),
      said: [boundary ?? null, gaps.length],
    },
  ];
  if (o.fineOptions) groups.push({ conditions: o.fineOptions, at: FINE_OPTIONS_AT, what: FINE_OPTIONS_WHAT, options: () => ({ domain }) });
  if (o.noPenalty.entries.length > 0) groups.push({ conditions: o.noPenalty, at: NO_PENALTY_AT, what: null });
  if (rowWide && o.filing) groups.push({ conditions: o.filing, at: FILING_AT, what: null });
  if (rowWide && o.harm) groups.push({ conditions: o.harm, at: HARM_AT, what: null });
  const out: PendingFindings = [];
  for (const { conditions, at, what, options, said } of groups) {
    if (!conditions) continue;
    const conditional = conditions.entries.some((e) => e.when);
    // One entry that always holds covers every case once; anything else is checked.
    const covering = what !== null && (conditions.entries.length > 1 || conditional);
    if (!covering && !conditional) continue;
    // The declarations the findings depend on: the facts read, and those their requiredWhen reads.
    const read = new Set(conditions.facts);
    for (const f of conditions.facts) {
      const when = o.facts.get(f)?.requiredWhen;
      if (when) collectFacts(when, read);
    }
    const decls = [...read].map((f) => {
      const d = o.facts.get(f);
      return d ? [f, d.type, d.values ?? null, d.requiredWhen ?? null] : null;
    });
    const key = JSON.stringify([what?.[1] ?? null, conditions.entries.map((e) => [e.id, e.when ?? null]), decls, said ?? null]);
    let known = cache.get(key);
    let { coverage } = known ?? {};
    if (!known) {
      const axes = axesOf(o, conditions);
      coverage = covering && axes ? coverageFindings(conditions, axes, what, options?.()) : [];
      const entry: Known = { coverage, mismatch: conditional ? referenceDisagreement(o, conditions, axes) : [] };
      // Once the verdict is in, later offenses read it without waiting (a failure is met where it is awaited).
      if (!Array.isArray(entry.mismatch)) entry.mismatch.then((m) => (entry.mismatch = m), () => undefined);
      cache.set(key, (known = entry));
    } else if (coverage?.some((f) => f.code === "TIERS_OVERLAP")) {
      // An overlap names the tiers by their titles, which are this offense's own.
      coverage = coverageFindings(conditions, axesOf(o, conditions) ?? [], what as readonly [string, string], options?.());
    }
    const { mismatch } = known;
    if (coverage && (coverage.length > 0 || !Array.isArray(mismatch) || mismatch.length > 0)) out.push({ at: [...base, ...at], coverage, mismatch });
  }
  return out;
}

/**
 * The cases that can occur where a fact is required only sometimes: where its requiredWhen holds the
 * fact is given (input validation demands it), elsewhere it is treated as absent (the engine drops
 * a value given there). Facts no condition of the group reads are not on the axes and stay free.
 */
function requiredDomain(o: CompiledOffense, algebra: BoxAlgebra): Box[] {
  let domain = algebra.everything();
  for (const [name, decl] of o.facts) {
    if (!decl.requiredWhen || !algebra.axes.some((a) => a.fact === name)) continue;
    const given = algebra.where(name, (v) => v !== ABSENT);
    const absent = algebra.where(name, (v) => v === ABSENT);
    const required = algebra.of(decl.requiredWhen);
    const possible = algebra.union(algebra.intersect(required, given), algebra.intersect(algebra.complement(required), absent));
    domain = algebra.intersect(domain, possible);
  }
  return domain;
}
