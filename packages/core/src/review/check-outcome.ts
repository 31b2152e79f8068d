import { PENALTY_TYPES } from "../schema/vocabulary.js";
import { stepBasis, type ReviewContext } from "./context.js";
import { finding, type FindingT } from "./finding.js";
import { findingText } from "../messages/findings.js";

/**
 * Whether a penalty may be given at all, and which: the time bar (art. 36), the exemptions (arts.
 * 30, 31, 33, and art. 37 where the new rule drops the offense), the types allowed and the
 * mandatory ones (incl. confiscation, art. 28 ¶2). Returns `stop` when no penalty may be given:
 * nothing else about the penalty is then worth judging.
 */
export function checkOutcome(ctx: ReviewContext): { findings: FindingT[]; stop: boolean } {
  const { decided, result } = ctx;
  const given = decided.penalties;
  if (result.outcome === "time-barred" || result.outcome === "no-penalty") {
    if (given.length === 0) return { findings: [], stop: true };
    const listed = { titles: given.map((p) => PENALTY_TYPES[p.type].zh), types: given.map((p) => p.type) };
    if (result.outcome === "time-barred") {
      return {
        stop: true,
        findings: [finding("TIME_BARRED", "decided.penalties", stepBasis(result, "time-bar"), findingText.TIME_BARRED(listed))],
      };
    }
    const basis = stepBasis(result, "exemption");
    return {
      stop: true,
      findings: [finding("PENALIZED_BUT_EXEMPT", "decided.penalties", basis.length > 0 ? basis : stepBasis(result, "version"), findingText.PENALIZED_BUT_EXEMPT(listed))],
    };
  }

  const findings: FindingT[] = [];
  // An either-or of the article allows each of its types (one of them is decided).
  const allowed = new Set(result.penalties.flatMap((p) => p.oneOf ?? [p.type]));
  const typesBasis = stepBasis(result, "penalties");
  given.forEach((p, i) => {
    if (allowed.has(p.type)) return;
    const title = PENALTY_TYPES[p.type].zh;
    if (ctx.optionalByStatute.has(p.type)) {
      // Inside the law, outside the standard: a departure, which a recorded reason justifies.
      if (decided.reason) return;
      findings.push(finding("PENALTY_TYPE_NOT_ALLOWED", `decided.penalties[${i}].type`, typesBasis, findingText.PENALTY_TYPE_NOT_ALLOWED({ title, type: p.type, departure: true }), "warning"));
      return;
    }
    findings.push(finding("PENALTY_TYPE_NOT_ALLOWED", `decided.penalties[${i}].type`, typesBasis, findingText.PENALTY_TYPE_NOT_ALLOWED({ title, type: p.type, departure: false })));
  });

  // A discretionary exemption (may-waive) decided as no penalty is the waiver the law allows.
  const waived = result.outcome === "may-waive" && given.length === 0;
  if (!waived) {
    const types = new Set(given.map((p) => p.type));
    for (const p of result.penalties) {
      if (!p.mandatory || (p.oneOf ?? [p.type]).some((t) => types.has(t))) continue;
      findings.push(finding("MANDATORY_PENALTY_MISSING", "decided.penalties", [p.basis], findingText.MANDATORY_PENALTY_MISSING(p)));
    }
  }
  return { findings, stop: false };
}
