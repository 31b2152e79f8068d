import { stepBasis, type ReviewContext } from "./context.js";
import { finding, type FindingT } from "./finding.js";
import { findingText } from "../messages/findings.js";
import type { MajorStatus } from "./major.js";

/**
 * The procedure the assessment requires against the one followed: summary procedure (art. 51),
 * hearing (art. 63), legal review (art. 58 and the bureau's rule), collective discussion (art. 57
 * ¶2), the filing and decision deadlines (the bureau's rule; art. 60), and the half-year report.
 */
export function checkProcedure(ctx: ReviewContext, major: MajorStatus): FindingT[] {
  const { decided, result } = ctx;
  const p = result.procedure;
  const findings: FindingT[] = [];
  const penalized = decided.penalties.length > 0;
  if (penalized) {
    if (decided.procedure === "summary" && !p.summary) {
      findings.push(finding("SUMMARY_NOT_ALLOWED", "decided.procedure", ["行政处罚法第五十一条"], findingText.SUMMARY_NOT_ALLOWED()));
    }
    if (p.hearing && !decided.hearingOffered) {
      findings.push(finding("HEARING_NOT_OFFERED", "decided.hearingOffered", ["行政处罚法第六十三条"], findingText.HEARING_NOT_OFFERED()));
    }
    if (p.legalReview && !decided.legalReviewed) {
      findings.push(finding("LEGAL_REVIEW_MISSING", "decided.legalReviewed", ["行政处罚法第五十八条", ...standardRule(ctx, "法制审核")], findingText.LEGAL_REVIEW_MISSING()));
    }
    const majorBasis = ["行政处罚法第五十七条第二款", ...(major.basis ? [major.basis] : [])];
    if ((p.collectiveDiscussion || major.major) && !decided.collectiveDiscussed) {
      findings.push(finding("COLLECTIVE_DISCUSSION_MISSING", "decided.collectiveDiscussed", majorBasis, findingText.COLLECTIVE_DISCUSSION_MISSING(major)));
    }
    if (major.major) {
      findings.push(finding("MAJOR_DECISION_TO_REPORT", "decided", majorBasis, findingText.MAJOR_DECISION_TO_REPORT({ reasons: major.reasons, by: p.deadlines.report })));
    }
  }
  if (decided.procedure === "ordinary") {
    const { file, decide } = p.deadlines;
    if (file && ctx.filed && ctx.filed > file) {
      findings.push(finding("FILING_LATE", ctx.filedPath, stepBasis(result, "filing"), findingText.FILING_LATE({ filed: ctx.filed, deadline: file })));
    }
    if (decide && decided.dates.decided > decide) {
      findings.push(finding("DECISION_LATE", "decided.dates.decided", ["行政处罚法第六十条"], findingText.DECISION_LATE({ decided: decided.dates.decided, deadline: decide })));
    }
  }
  return findings;
}

/** The standard's own rule the procedure step cites on a subject (e.g. its definition of a major case). */
function standardRule(ctx: ReviewContext, subject: string): string[] {
  return stepBasis(ctx.result, "procedure").filter((b) => !b.startsWith("行政处罚法") && b.includes(subject));
}
