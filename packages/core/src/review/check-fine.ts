import { D, formatMoney } from "../money.js";
import { stepBasis, type ReviewContext } from "./context.js";
import { finding, type FindingT } from "./finding.js";
import { findingText } from "../messages/findings.js";
import { reductionOf } from "./reduction.js";

/**
 * The decided fine against the statute, the standard's recommended range, the 减轻 range where a
 * legal ground is present, and the fine named in the advance notice (art. 45 ¶2).
 */
export function checkFine(ctx: ReviewContext): FindingT[] {
  const { decided, result } = ctx;
  const findings: FindingT[] = [];
  const fine = result.fine;
  const statuteBasis = result.penalties.filter((p) => p.type === "fine").map((p) => p.basis);
  const standardBasis = stepBasis(result, "fine");
  for (const { index, amount } of ctx.fines) {
    const path = `decided.penalties[${index}].amount`;
    const a = formatMoney(amount);
    if (decided.notifiedFine !== undefined && amount.gt(D(String(decided.notifiedFine)))) {
      const notified = { notified: formatMoney(D(String(decided.notifiedFine))), notifiedAsGiven: String(decided.notifiedFine) };
      findings.push(finding("HEAVIER_THAN_NOTIFIED", path, ["行政处罚法第四十五条第二款"], findingText.HEAVIER_THAN_NOTIFIED({ amount: a, ...notified })));
    }
    if (!fine) continue;
    const { statutory, recommended } = fine;
    if (amount.gt(statutory.max)) {
      findings.push(finding("FINE_ABOVE_STATUTORY_MAX", path, statuteBasis, findingText.FINE_ABOVE_STATUTORY_MAX({ amount: a, max: statutory.max })));
      continue;
    }
    const reduction = reductionOf(result);
    if (amount.lt(statutory.min)) {
      if (!reduction.ground) {
        findings.push(finding("FINE_BELOW_STATUTORY_MIN", path, statuteBasis, findingText.FINE_BELOW_STATUTORY_MIN({ amount: a, min: statutory.min })));
        continue;
      }
      // 减轻 on a legal ground: judged against the 减轻 range, or a departure when the standard gives none.
      const range = reduction.range;
      if (!decided.reason && (!range || amount.lt(range.min) || amount.gt(range.max))) {
        findings.push(finding("FINE_OUTSIDE_RECOMMENDED", path, [...standardBasis, ...reduction.basis], findingText.FINE_OUTSIDE_RECOMMENDED({ amount: a, reduced: range })));
      }
      continue;
    }
    if (!decided.reason && (amount.lt(recommended.min) || amount.gt(recommended.max))) {
      findings.push(finding("FINE_OUTSIDE_RECOMMENDED", path, standardBasis, findingText.FINE_OUTSIDE_RECOMMENDED({ amount: a, recommended })));
    }
  }
  return findings;
}
