import { stepBasis, type ReviewContext } from "./context.js";
import { finding, type FindingT } from "./finding.js";
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
      findings.push(finding("SUMMARY_NOT_ALLOWED", "decided.procedure", ["行政处罚法第五十一条"], "本案不符合当场作出行政处罚决定的条件，应当适用普通程序", "The case does not qualify for the summary procedure; the ordinary procedure applies"));
    }
    if (p.hearing && !decided.hearingOffered) {
      findings.push(finding("HEARING_NOT_OFFERED", "decided.hearingOffered", ["行政处罚法第六十三条"], "拟作出的处罚应当告知当事人有要求听证的权利，但未告知", "The party had to be told of the right to a hearing, and was not"));
    }
    if (p.legalReview && !decided.legalReviewed) {
      findings.push(finding("LEGAL_REVIEW_MISSING", "decided.legalReviewed", ["行政处罚法第五十八条", ...standardRule(ctx, "法制审核")], "作出决定前应当进行法制审核，但未审核", "A legal review was required before the decision, and was not held"));
    }
    const majorBasis = ["行政处罚法第五十七条第二款", ...(major.basis ? [major.basis] : [])];
    if ((p.collectiveDiscussion || major.major) && !decided.collectiveDiscussed) {
      findings.push(finding("COLLECTIVE_DISCUSSION_MISSING", "decided.collectiveDiscussed", majorBasis, `重大案件应当由行政机关负责人集体讨论决定，但未集体讨论（${major.reasons.join("；")}）`, "A major case must be decided by the agency's heads collectively, and was not"));
    }
    if (major.major) {
      const by = p.deadlines.report;
      findings.push(finding("MAJOR_DECISION_TO_REPORT", "decided", majorBasis, `重大行政处罚决定（${major.reasons.join("；")}）：列入半年度重大行政处罚决定备案报告${by ? `，于 ${by} 前报送` : ""}`, `A major decision: it goes in the half-year report${by ? `, due by ${by}` : ""}`));
    }
  }
  if (decided.procedure === "ordinary") {
    const { file, decide } = p.deadlines;
    if (file && ctx.filed && ctx.filed > file) {
      findings.push(finding("FILING_LATE", ctx.filedPath, stepBasis(result, "filing"), `立案日 ${ctx.filed} 晚于立案期限 ${file}`, `Filed on ${ctx.filed}, after the filing deadline ${file}`));
    }
    if (decide && decided.dates.decided > decide) {
      findings.push(finding("DECISION_LATE", "decided.dates.decided", ["行政处罚法第六十条"], `决定日 ${decided.dates.decided} 晚于立案之日起九十日的期限 ${decide}`, `Decided on ${decided.dates.decided}, after the 90-day limit from filing (${decide})`));
    }
  }
  return findings;
}

/** The standard's own rule the procedure step cites on a subject (e.g. its definition of a major case). */
function standardRule(ctx: ReviewContext, subject: string): string[] {
  return stepBasis(ctx.result, "procedure").filter((b) => !b.startsWith("行政处罚法") && b.includes(subject));
}
