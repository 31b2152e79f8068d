import { z } from "zod";
import { assessSync } from "../engine/assess.js";
import { toCailiangError, type ErrorBody } from "../errors.js";
import type { Registry } from "../registry.js";
import type { AssessResultT } from "../schema/assessment.js";
import { FINDING_CODES, type FindingCode, type FindingT } from "./finding.js";
import { reviewEntry, type ReviewEntry } from "./review.js";

/** The most cases one HTTP call may carry (API.md "Many cases"). */
export const MAX_BATCH_CASES = 1000;

/** `{ "cases": [...] }`: each case is validated on its own, so one bad case never fails the others. */
export const BatchRequest = z
  .strictObject({ cases: z.array(z.unknown()).max(MAX_BATCH_CASES, { message: `一次最多 ${MAX_BATCH_CASES} 件 / at most ${MAX_BATCH_CASES} cases per call` }) })
  .describe(`At most ${MAX_BATCH_CASES} cases`);

export type AssessEntry = { index: number; result: AssessResultT } | { index: number; error: ErrorBody["error"] };

/** One assessment for a batch: never throws. */
export async function assessEntry(registry: Registry, input: unknown, index: number): Promise<AssessEntry> {
  try {
    return { index, result: assessSync(registry, input) };
  } catch (err) {
    return { index, error: toCailiangError(err).toJSON().error };
  }
}

export interface ReviewSummary {
  /** Cases reviewed, with errors, with warnings (cases), and findings by code. */
  cases: number;
  withErrors: number;
  withWarnings: number;
  byCode: Partial<Record<FindingCode, number>>;
}

/** Adds review entries up, one at a time, so a stream of any length is summed in constant memory. */
export class ReviewTally {
  private readonly s: ReviewSummary = { cases: 0, withErrors: 0, withWarnings: 0, byCode: {} };

  /** A review entry, or anything that carries its findings' codes and severities (none for a case that failed). */
  add(entry: ReviewEntry | { findings: ReadonlyArray<Pick<FindingT, "code" | "severity">> } | { error: unknown }): void {
    this.s.cases++;
    if (!("findings" in entry)) return;
    if (entry.findings.some((f) => f.severity === "error")) this.s.withErrors++;
    if (entry.findings.some((f) => f.severity === "warning")) this.s.withWarnings++;
    for (const f of entry.findings) this.s.byCode[f.code] = (this.s.byCode[f.code] ?? 0) + 1;
  }

  /** Adds a summary made elsewhere (e.g. by a worker thread over a chunk of cases). */
  merge(other: ReviewSummary): void {
    this.s.cases += other.cases;
    this.s.withErrors += other.withErrors;
    this.s.withWarnings += other.withWarnings;
    for (const [code, n] of Object.entries(other.byCode) as Array<[FindingCode, number]>) this.s.byCode[code] = (this.s.byCode[code] ?? 0) + n;
  }

  summary(): ReviewSummary {
    const byCode: ReviewSummary["byCode"] = {};
    for (const code of Object.keys(FINDING_CODES) as FindingCode[]) if (this.s.byCode[code]) byCode[code] = this.s.byCode[code];
    return { ...this.s, byCode };
  }
}

/**
 * Reviews many decided cases (in order) and sums them up: `POST /v1/review`.
 * @example
 * const { results, summary } = await reviewMany(registry, cases);
 */
export async function reviewMany(registry: Registry, cases: readonly unknown[]): Promise<{ results: ReviewEntry[]; summary: ReviewSummary }> {
  const tally = new ReviewTally();
  const results: ReviewEntry[] = [];
  for (const [i, c] of cases.entries()) {
    const entry = await reviewEntry(registry, c, i);
    tally.add(entry);
    results.push(entry);
  }
  return { results, summary: tally.summary() };
}

/** Assesses many cases (in order), each with its own result or error: `POST /v1/assess/batch`. */
export async function assessMany(registry: Registry, cases: readonly unknown[]): Promise<{ results: AssessEntry[] }> {
  const results: AssessEntry[] = [];
  for (const [i, c] of cases.entries()) results.push(await assessEntry(registry, c, i));
  return { results };
}
