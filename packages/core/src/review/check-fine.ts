import { D, formatMoney } from "../money.js";
import { stepBasis, type ReviewContext } from "./context.js";
import { finding, type FindingT } from "./finding.js";
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
      findings.push(finding("HEAVIER_THAN_NOTIFIED", path, ["行政处罚法第四十五条第二款"], `决定罚款 ${a} 元高于事先告知的 ${formatMoney(D(String(decided.notifiedFine)))} 元`, `The decided fine (${a}) is above the notified one (${decided.notifiedFine})`));
    }
    if (!fine) continue;
    const { statutory, recommended } = fine;
    if (amount.gt(statutory.max)) {
      findings.push(finding("FINE_ABOVE_STATUTORY_MAX", path, statuteBasis, `罚款 ${a} 元超过法定上限 ${statutory.max} 元`, `The fine ${a} is above the statutory maximum ${statutory.max}`));
      continue;
    }
    const reduction = reductionOf(result);
    if (amount.lt(statutory.min)) {
      if (!reduction.ground) {
        findings.push(finding("FINE_BELOW_STATUTORY_MIN", path, statuteBasis, `罚款 ${a} 元低于法定下限 ${statutory.min} 元，且无减轻处罚的法定情节`, `The fine ${a} is below the statutory minimum ${statutory.min}, with no legal ground for 减轻`));
        continue;
      }
      // 减轻 on a legal ground: judged against the 减轻 range, or a departure when the standard gives none.
      const range = reduction.range;
      if (!decided.reason && (!range || amount.lt(range.min) || amount.gt(range.max))) {
        const where = range ? `减轻幅度 ${range.min}–${range.max} 元` : "裁量基准对本案未建议减轻处罚";
        findings.push(finding("FINE_OUTSIDE_RECOMMENDED", path, [...standardBasis, ...reduction.basis], `减轻处罚罚款 ${a} 元不在裁量基准范围内（${where}），且未记录裁量理由`, `The reduced fine ${a} is outside the standard (${range ? `reduction range ${range.min}–${range.max}` : "no reduction recommended"}), and no reason is recorded`));
      }
      continue;
    }
    if (!decided.reason && (amount.lt(recommended.min) || amount.gt(recommended.max))) {
      findings.push(finding("FINE_OUTSIDE_RECOMMENDED", path, standardBasis, `罚款 ${a} 元在法定幅度内，但不在裁量基准建议的 ${recommended.min}–${recommended.max} 元内，且未记录裁量理由`, `The fine ${a} is within the statute but outside the standard's recommended ${recommended.min}–${recommended.max}, and no reason is recorded`));
    }
  }
  return findings;
}
