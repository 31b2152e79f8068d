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
  if (e.outcome !== undefined) check(m, "outcome", e.outcome, r.outcome);
  if (e.version !== undefined) check(m, "version", e.version, r.ruleset.version);
  if (e.tier !== undefined) check(m, "tier", e.tier, r.tier?.id ?? null);
  if (e.penalties) check(m, "penalties", sorted(e.penalties), sorted(r.penalties.map((p) => p.type)));
  if (e.mandatoryPenalties) check(m, "mandatoryPenalties", sorted(e.mandatoryPenalties), sorted(r.penalties.filter((p) => p.mandatory).map((p) => p.type)));
  if (e.measures) check(m, "measures", sorted(e.measures), sorted(r.measures.map((x) => x.type)));
  if (e.circumstances) check(m, "circumstances", sorted(e.circumstances), sorted(r.circumstances.map((x) => x.id)));
  if (e.warnings) check(m, "warnings", sorted(e.warnings), sorted(r.warnings.map((w) => w.code)));
  if (e.concurrentApplied) check(m, "concurrentApplied", e.concurrentApplied, r.concurrent.find((c) => c.fineApplied)?.offense ?? r.offense.id);
  if (e.fine === null) check(m, "fine", null, r.fine === null ? null : "a fine");
  else if (e.fine) {
    if (!r.fine) m.push("fine: expected a fine, got none");
    else {
      for (const part of ["statutory", "band", "recommended"] as const) {
        for (const [k, v] of Object.entries(e.fine[part] ?? {})) check(m, `fine.${part}.${k}`, v, (r.fine[part] as Record<string, string>)[k]);
      }
      if (e.fine.reduced !== undefined) check(m, "fine.reduced", e.fine.reduced, r.fine.reduced);
    }
  }
  if (e.procedure) {
    const { deadlines, ...flags } = e.procedure;
    for (const [k, v] of Object.entries(flags)) check(m, `procedure.${k}`, v, (r.procedure as unknown as Record<string, unknown>)[k]);
    for (const [k, v] of Object.entries(deadlines ?? {})) check(m, `procedure.deadlines.${k}`, v, (r.procedure.deadlines as Record<string, unknown>)[k]);
  }
  for (const b of e.basis ?? []) {
    if (!r.explanation.some((x) => x.basis.some((y) => y.includes(b)))) m.push(`basis: "${b}" is cited nowhere in the explanation`);
  }
  return m;
}

function check(m: string[], what: string, expected: unknown, got: unknown): void {
  const a = JSON.stringify(expected);
  const b = JSON.stringify(got);
  if (a !== b) m.push(`${what}: expected ${a}, got ${b}`);
}

function sorted(xs: readonly string[]): string[] {
  return [...xs].sort();
}
