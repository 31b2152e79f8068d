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
  /** One line per mismatch, Chinese then English: `罚款·建议值（fine.recommended.point）：应为 "30000"，实际为 "25000" / expected "30000", got "25000"`. */
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
    if (!c.expect.error) {
      // Each problem of the input at its place in the case file (a misspelt fact, say).
      mismatches.push(`评估出错 ${error.code}：${error.zh} / unexpected error ${error.code}: ${error.en}`);
      for (const i of error.issues) mismatches.push(`  ${whereInCase(located, i.path)}${i.path}：${i.zh} / ${i.en}`);
    } else {
      check(mismatches, ["error", "code"], c.expect.error.code, error.code);
      if (c.expect.error.issues) check(mismatches, ["error", "issues"], sorted(c.expect.error.issues), sorted(error.issues.map((i) => i.code)));
    }
    return { ...base, passed: mismatches.length === 0, mismatches, error };
  }
}

/** `file:line:column ` of an input path ("facts.unpaidFe") inside the case, when the case can say. */
function whereInCase(located: LocatedCase, path: string): string {
  if (!located.locate || path === "") return "";
  const segments = path.split(/\.|\[|\]/).filter(Boolean).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const at = located.locate(["input", ...segments]);
  return `${at.file}:${at.line}:${at.column} `;
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
  if (e.error) m.push(`应为错误 ${e.error.code}，实际得出了评估结果 / expected error ${e.error.code}, got a result`);
  for (const f of expectedFields(e, r)) check(m, f.path, f.expected, f.got);
  for (const b of e.basis ?? []) {
    if (!r.explanation.some((x) => x.basis.some((y) => y.includes(b)))) m.push(`${BASIS_MISSING}：说明中没有引用“${b}” / basis: "${b}" is cited nowhere in the explanation`);
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

/** The start of a mismatch line about a citation the explanation lacks (updateCases leaves those to a person). */
export const BASIS_MISSING = "依据（basis）";

/** Chinese names of the fields a case expects, as the assessment output labels them. */
const LABELS: Record<string, string> = {
  outcome: "结果", version: "版本", tier: "阶次", penalties: "处罚种类", mandatoryPenalties: "应当给予的处罚", measures: "措施",
  circumstances: "情节", warnings: "提示", concurrentApplied: "适用罚款的违法行为", fine: "罚款", statutory: "法定幅度", band: "阶次幅度",
  recommended: "建议", min: "下限", max: "上限", point: "建议值", reduced: "减轻处罚", procedure: "程序", summary: "简易程序",
  hearing: "告知听证", legalReview: "法制审核", collectiveDiscussion: "集体讨论", major: "重大案件", filingRequired: "应当立案",
  educationRequired: "应当教育", deadlines: "期限", file: "立案", decide: "作出决定", report: "报告", error: "错误", code: "代码", issues: "问题",
};

/** `罚款·建议值（fine.recommended.point）：应为 "30000"，实际为 "25000" / fine.recommended.point: expected "30000", got "25000"` */
function check(m: string[], path: readonly string[], expected: unknown, got: unknown): void {
  const a = JSON.stringify(expected);
  const b = JSON.stringify(got);
  if (a === b) return;
  const what = path.join(".");
  m.push(`${path.map((p) => LABELS[p] ?? p).join("·")}（${what}）：应为 ${a}，实际为 ${b} / ${what}: expected ${a}, got ${b}`);
}

function sorted(xs: readonly string[]): string[] {
  return [...xs].sort();
}
