import { CailiangError, toCailiangError } from "../errors.js";
import { assess } from "../engine/assess.js";
import type { Registry } from "../registry.js";
import type { AssessResultT } from "../schema/assessment.js";
import type { CaseExpectT } from "../schema/case.js";
import type { LocatedCase } from "./parse-cases.js";

export interface CaseOutcome {
  name: string;
  file: string;
  line: number;
  passed: boolean;
  /** One line per mismatch: "fine.recommended.point: expected 30000, got 25000". */
  mismatches: string[];
  result?: AssessResultT;
  error?: CailiangError;
}

/** Runs one case: assesses its input and compares what it expects. */
export async function runCase(registry: Registry, located: LocatedCase): Promise<CaseOutcome> {
  const { case: c, file, line } = located;
  const input = { ...c.input, ruleset: c.input.ruleset ?? located.ruleset };
  const base = { name: c.name, file, line };
  try {
    const result = await assess(registry, input);
    const mismatches = compare(c.expect, result);
    return { ...base, passed: mismatches.length === 0, mismatches, result };
  } catch (err) {
    const error = toCailiangError(err);
    const mismatches: string[] = [];
    if (!c.expect.error) mismatches.push(`unexpected error ${error.code}: ${error.en}${error.issues.map((i) => `; ${i.path}: ${i.en}`).join("")}`);
    else {
      if (c.expect.error.code !== error.code) mismatches.push(`error.code: expected ${c.expect.error.code}, got ${error.code}`);
      if (c.expect.error.issues) check(mismatches, "error.issues", sorted(c.expect.error.issues), sorted(error.issues.map((i) => i.code)));
    }
    return { ...base, passed: mismatches.length === 0, mismatches, error };
  }
}

/**
 * Runs cases one after another (deterministic output order).
 * @example
 * const outcomes = await runCases(registry, cases);
 * outcomes.filter((o) => !o.passed).forEach((o) => console.log(o.name, o.mismatches));
 */
export async function runCases(registry: Registry, cases: readonly LocatedCase[]): Promise<CaseOutcome[]> {
  const out: CaseOutcome[] = [];
  for (const c of cases) out.push(await runCase(registry, c));
  return out;
}

function compare(e: CaseExpectT, r: AssessResultT): string[] {
  const m: string[] = [];
  if (e.error) m.push(`expected error ${e.error.code}, got a result`);
  for (const f of expectedFields(e, r)) check(m, f.path.join("."), f.expected, f.got);
  for (const b of e.basis ?? []) {
    if (!r.explanation.some((x) => x.basis.some((y) => y.includes(b)))) m.push(`basis: "${b}" is cited nowhere in the explanation`);
  }
  return m;
}

/** One field a case expects, with what the assessment gave: the runner compares them, `updateCases` writes `got` back. */
export interface ExpectedField {
  /** Where it sits under `expect` ("fine", "recommended", "point"). */
  path: string[];
  expected: unknown;
  got: unknown;
}

/** Every field the case expects (the fields left out are not checked), lists sorted so order does not matter. */
export function expectedFields(e: CaseExpectT, r: AssessResultT): ExpectedField[] {
  const out: ExpectedField[] = [];
  const add = (path: string[], expected: unknown, got: unknown) => {
    if (expected !== undefined) out.push({ path, expected, got });
  };
  const list = (xs: readonly string[] | undefined) => (xs ? sorted(xs) : undefined);
  add(["outcome"], e.outcome, r.outcome);
  add(["version"], e.version, r.ruleset.version);
  add(["tier"], e.tier, r.tier?.id ?? null);
  add(["penalties"], list(e.penalties), sorted(r.penalties.map((p) => p.type)));
  add(["mandatoryPenalties"], list(e.mandatoryPenalties), sorted(r.penalties.filter((p) => p.mandatory).map((p) => p.type)));
  add(["measures"], list(e.measures), sorted(r.measures.map((x) => x.type)));
  add(["referrals"], list(e.referrals), sorted(r.referrals.map((x) => x.type)));
  add(["circumstances"], list(e.circumstances), sorted(r.circumstances.map((x) => x.id)));
  add(["warnings"], list(e.warnings), sorted(r.warnings.map((w) => w.code)));
  add(["concurrentApplied"], e.concurrentApplied, r.concurrent.find((c) => c.fineApplied)?.offense ?? r.offense.id);
  if (e.fine === null || (e.fine && !r.fine)) add(["fine"], e.fine, r.fine === null ? null : "a fine");
  else if (e.fine && r.fine) {
    for (const part of ["statutory", "band", "recommended"] as const) {
      for (const [k, v] of Object.entries(e.fine[part] ?? {})) add(["fine", part, k], v, (r.fine[part] as Record<string, string>)[k]);
    }
    add(["fine", "reduced"], e.fine.reduced, r.fine.reduced);
    if (e.fine.reduction === null || (e.fine.reduction && !r.fine.reduction)) add(["fine", "reduction"], e.fine.reduction, r.fine.reduction && { min: r.fine.reduction.min, max: r.fine.reduction.max });
    else if (e.fine.reduction && r.fine.reduction) for (const [k, v] of Object.entries(e.fine.reduction)) add(["fine", "reduction", k], v, (r.fine.reduction as Record<string, unknown>)[k]);
  }
  if (e.procedure) {
    const { deadlines, ...flags } = e.procedure;
    for (const [k, v] of Object.entries(flags)) add(["procedure", k], v, (r.procedure as unknown as Record<string, unknown>)[k]);
    for (const [k, v] of Object.entries(deadlines ?? {})) add(["procedure", "deadlines", k], v, (r.procedure.deadlines as Record<string, unknown>)[k]);
  }
  return out;
}

function check(m: string[], what: string, expected: unknown, got: unknown): void {
  const a = JSON.stringify(expected);
  const b = JSON.stringify(got);
  if (a !== b) m.push(`${what}: expected ${a}, got ${b}`);
}

function sorted(xs: readonly string[]): string[] {
  return [...xs].sort();
}
