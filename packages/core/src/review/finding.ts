import { z } from "zod";
import type { Text } from "../messages/catalogue.js";
import type { FindingTextCode } from "../messages/findings.js";

/** The finding codes of API.md, each with its severity; their texts are in messages/findings.ts, with the same codes. */
export const FINDING_CODES = {
  FINE_ABOVE_STATUTORY_MAX: "error",
  FINE_BELOW_STATUTORY_MIN: "error",
  FINE_OUTSIDE_RECOMMENDED: "warning",
  PENALTY_TYPE_NOT_ALLOWED: "error",
  MANDATORY_PENALTY_MISSING: "error",
  PENALIZED_BUT_EXEMPT: "error",
  TIME_BARRED: "error",
  SUMMARY_NOT_ALLOWED: "error",
  HEARING_NOT_OFFERED: "error",
  LEGAL_REVIEW_MISSING: "error",
  COLLECTIVE_DISCUSSION_MISSING: "error",
  FILING_LATE: "warning",
  DECISION_LATE: "error",
  HEAVIER_THAN_NOTIFIED: "error",
  MAJOR_DECISION_TO_REPORT: "info",
} as const satisfies Record<FindingTextCode, Severity>;

export type FindingCode = keyof typeof FINDING_CODES;
export type Severity = "error" | "warning" | "info";
export const FindingCodeSchema = z.enum(Object.keys(FINDING_CODES) as [FindingCode, ...FindingCode[]]);

export const Finding = z
  .strictObject({
    code: FindingCodeSchema,
    severity: z.enum(["error", "warning", "info"]),
    zh: z.string(),
    en: z.string(),
    basis: z.array(z.string()).describe("The articles or the standard's rules the finding rests on"),
    path: z.string().describe("The path of the decided value at fault, e.g. decided.penalties[0].amount"),
  })
  .describe("One finding of a review (案卷评查)");
export type FindingT = z.infer<typeof Finding>;

/**
 * A finding with the catalogue's severity. `severity` may be lowered for the one case the law
 * allows it (a departure with a recorded reason), never raised.
 */
export function finding(code: FindingCode, path: string, basis: readonly string[], text: Text, severity: Severity = FINDING_CODES[code]): FindingT {
  return { code, severity, zh: text.zh, en: text.en, basis: [...new Set(basis)], path };
}
