import { assessParsed } from "../engine/assess.js";
import { checkAssessInput } from "../engine/case-input.js";
import { CailiangError, toCailiangError, type ErrorBody, type Issue } from "../errors.js";
import { validate } from "../load/zod-issues.js";
import { failure, headline, issue } from "../messages/issues.js";
import { D } from "../money.js";
import type { Registry } from "../registry.js";
import type { AssessInputParsed, AssessResultT } from "../schema/assessment.js";
import { checkFine } from "./check-fine.js";
import { checkOutcome } from "./check-outcome.js";
import { checkProcedure } from "./check-procedure.js";
import type { ReviewContext } from "./context.js";
import { DecidedCase, type DecidedCaseParsed } from "./decided-case.js";
import type { FindingT } from "./finding.js";
import { majorStatus, type MajorStatus } from "./major.js";

/** A decided case reviewed: its findings, or why it could not be reviewed (API.md `POST /v1/review`). */
export type ReviewEntry =
  | { index: number; caseNumber: string | null; findings: FindingT[] }
  | { index: number; caseNumber: string | null; error: ErrorBody["error"] };

/**
 * Reviews one decided case (案卷评查): assesses the case's own facts with `assess()` and judges
 * what was decided against that assessment. Every finding carries its severity, the article or
 * standard rule it rests on, and the path of the decided value at fault. A malformed case throws
 * INPUT_INVALID; a case with no ruleset version in force throws RULESET_NOT_FOUND.
 *
 * @example
 * const findings = await review(registry, { caseNumber: "鹿工信罚〔2026〕1号", offense: "dlf-71", …,
 *   decided: { procedure: "ordinary", penalties: [{ type: "fine", amount: "70000" }], … } });
 * findings[0].code; // "FINE_ABOVE_STATUTORY_MAX"
 */
export async function review(registry: Registry, input: unknown): Promise<FindingT[]> {
  return (await reviewCase(registry, input)).findings;
}

/** A review with what it rests on: the parsed case, its assessment, and its major status. */
export interface ReviewedCase {
  decidedCase: DecidedCaseParsed;
  assessment: AssessResultT;
  major: MajorStatus;
  findings: FindingT[];
}

/** `review`, keeping the assessment and the major status (for reports and charts). Throws as `review` does. */
export async function reviewCase(registry: Registry, input: unknown): Promise<ReviewedCase> {
  const c = parseDecidedCase(input);
  const { caseNumber: _n, partyName: _p, decided, ...rest } = c;
  const filedPath = decided.dates.filed ? "decided.dates.filed" : "dates.filed";
  const filed = decided.dates.filed ?? c.dates.filed ?? undefined;
  // The case's own facts as an assessment's input: its shape is checked already (DecidedCase
  // extends AssessInput), so only what the schema cannot say is checked, not parsed again.
  const assessInput: AssessInputParsed = { ...rest, dates: { ...c.dates, filed: filed ?? null, decision: decided.dates.decided } };
  checkAssessInput(assessInput, (input as { facts?: unknown }).facts);
  const result = assessParsed(registry, assessInput);
  const ctx: ReviewContext = {
    decided,
    result,
    optionalByStatute: optionalByStatute(registry, result),
    filed,
    filedPath,
    fines: decided.penalties.flatMap((p, index) => (p.type === "fine" && p.amount !== undefined ? [{ index, amount: D(String(p.amount)) }] : [])),
  };
  const major = majorStatus(registry, result, c);
  const outcome = checkOutcome(ctx);
  const findings = outcome.stop
    ? [...outcome.findings, ...checkProcedure({ ...ctx, decided: { ...decided, penalties: [] } }, major)]
    : [...outcome.findings, ...checkFine(ctx), ...checkProcedure(ctx, major)];
  return { decidedCase: c, assessment: result, major, findings };
}

/** `review` for a batch: never throws; a case that cannot be reviewed gets its error instead. */
export async function reviewEntry(registry: Registry, input: unknown, index: number): Promise<ReviewEntry> {
  const caseNumber = caseNumberOf(input);
  try {
    return { index, caseNumber, findings: await review(registry, input) };
  } catch (err) {
    return { index, caseNumber, error: toCailiangError(err).toJSON().error };
  }
}

function caseNumberOf(input: unknown): string | null {
  const n = typeof input === "object" && input !== null ? (input as { caseNumber?: unknown }).caseNumber : undefined;
  return typeof n === "string" ? n : null;
}

/** Shape, plus what the schema cannot say: a fine has an amount; the two decision dates agree. */
function parseDecidedCase(input: unknown): DecidedCaseParsed {
  // zod's fast path first; a case that fails is parsed again to report its issues.
  const r = validate(DecidedCase, input);
  if ("issues" in r) throw invalid(r.issues);
  const issues: Issue[] = [];
  r.data.decided.penalties.forEach((p, i) => {
    if (p.type === "fine" && p.amount === undefined) {
      issues.push(issue("FINE_AMOUNT_MISSING", `decided.penalties[${i}].amount`));
    }
  });
  const { decision } = r.data.dates;
  if (decision && decision !== r.data.decided.dates.decided) {
    issues.push(issue("DECISION_DATES_DIFFER", "dates.decision", { decision, decided: r.data.decided.dates.decided }));
  }
  if (issues.length > 0) throw invalid(issues);
  return r.data;
}

function invalid(issues: Issue[]): CailiangError {
  return failure("INPUT_INVALID", headline("DECIDED_CASE_INVALID", { count: issues.length }), issues);
}

/**
 * Types the cited provisions allow as an option (the rule data's statutory penalties), minus those the
 * standard chose. Where the standard leaves the case to individual decision (a declared gap), every
 * type the statute allows is such a choice: given with a recorded reason, it is no finding.
 */
function optionalByStatute(registry: Registry, result: AssessResultT): Set<string> {
  const version = registry.versions(result.ruleset.id).find((v) => v.def.version === result.ruleset.version);
  const cited = [result.offense.id, ...result.concurrent.map((c) => c.offense)];
  const out = new Set<string>();
  for (const id of cited) {
    const row = version?.offenses.get(id);
    // 两罚: the persons' own statute where the case is about them.
    const provision = result.role === "responsible-person" ? row?.responsiblePersons : row;
    for (const p of provision?.def.statutory.penalties ?? []) if (p.mode === "optional" || result.outcome === "individual-decision") out.add(p.type);
  }
  return out;
}
