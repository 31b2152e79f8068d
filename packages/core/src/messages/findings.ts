import { text, type Table, type Text } from "./catalogue.js";

/**
 * The findings of a review (案卷评查), each code with its Chinese and English text, and the reasons a
 * decision counts as major. The codes are API.md's; their severities live with the review
 * (review/finding.ts), which checks that both list the same codes.
 */

interface Listed {
  /** The penalties as the Chinese names them, and their types. */
  titles: readonly string[];
  types: readonly string[];
}

const FINDINGS = {
  HEAVIER_THAN_NOTIFIED: (p: { amount: string; notified: string; notifiedAsGiven: string }) =>
    text(`决定罚款 ${p.amount} 元高于事先告知的 ${p.notified} 元`, `The decided fine (${p.amount}) is above the notified one (${p.notifiedAsGiven})`),
  FINE_ABOVE_STATUTORY_MAX: (p: { amount: string; max: string }) => text(`罚款 ${p.amount} 元超过法定上限 ${p.max} 元`, `The fine ${p.amount} is above the statutory maximum ${p.max}`),
  FINE_BELOW_STATUTORY_MIN: (p: { amount: string; min: string }) =>
    text(`罚款 ${p.amount} 元低于法定下限 ${p.min} 元，且无减轻处罚的法定情节`, `The fine ${p.amount} is below the statutory minimum ${p.min}, with no legal ground for 减轻`),
  /** `reduced`: a fine below the minimum on a legal ground, judged against the 减轻 range (null: the standard recommends none). */
  FINE_OUTSIDE_RECOMMENDED: (p: { amount: string; reduced: { min: string; max: string } | null } | { amount: string; recommended: { min: string; max: string } }) => {
    if ("recommended" in p) {
      const { min, max } = p.recommended;
      return text(`罚款 ${p.amount} 元在法定幅度内，但不在裁量基准建议的 ${min}–${max} 元内，且未记录裁量理由`, `The fine ${p.amount} is within the statute but outside the standard's recommended ${min}–${max}, and no reason is recorded`);
    }
    const range = p.reduced;
    return text(
      `减轻处罚罚款 ${p.amount} 元不在裁量基准范围内（${range ? `减轻幅度 ${range.min}–${range.max} 元` : "裁量基准对本案未建议减轻处罚"}），且未记录裁量理由`,
      `The reduced fine ${p.amount} is outside the standard (${range ? `reduction range ${range.min}–${range.max}` : "no reduction recommended"}), and no reason is recorded`,
    );
  },
  TIME_BARRED: (p: Listed) => text(`违法行为已过追责时效，不得给予行政处罚，但决定给予了${p.titles.join("、")}`, `The act is time-barred, yet a penalty was given (${p.types.join(", ")})`),
  PENALIZED_BUT_EXEMPT: (p: Listed) => text(`依法应当不予行政处罚，但决定给予了${p.titles.join("、")}`, `The law exempts this case from penalty, yet a penalty was given (${p.types.join(", ")})`),
  /** `departure`: the statute allows the type, the standard does not choose it, and no reason is recorded. */
  PENALTY_TYPE_NOT_ALLOWED: (p: { title: string; type: string; departure: boolean }) =>
    p.departure
      ? text(`法律允许「${p.title}」，但裁量基准对本案不适用该处罚种类，且未记录裁量理由`, `The statute allows "${p.type}", but the standard does not choose it for this case, and no reason is recorded`)
      : text(`处罚依据对本案不允许给予「${p.title}」`, `The penalty provision does not allow "${p.type}" in this case`),
  MANDATORY_PENALTY_MISSING: (p: { title: string; type: string }) => text(`依法应当给予「${p.title}」，但决定未给予`, `The law requires "${p.type}", which was not given`),
  SUMMARY_NOT_ALLOWED: () => text("本案不符合当场作出行政处罚决定的条件，应当适用普通程序", "The case does not qualify for the summary procedure; the ordinary procedure applies"),
  HEARING_NOT_OFFERED: () => text("拟作出的处罚应当告知当事人有要求听证的权利，但未告知", "The party had to be told of the right to a hearing, and was not"),
  LEGAL_REVIEW_MISSING: () => text("作出决定前应当进行法制审核，但未审核", "A legal review was required before the decision, and was not held"),
  COLLECTIVE_DISCUSSION_MISSING: (p: { reasons: readonly Text[] }) =>
    text(`重大案件应当由行政机关负责人集体讨论决定，但未集体讨论（${p.reasons.map((r) => r.zh).join("；")}）`, `A major case must be decided by the agency's heads collectively, and was not (${p.reasons.map((r) => r.en).join("; ")})`),
  MAJOR_DECISION_TO_REPORT: (p: { reasons: readonly Text[]; by: string | null }) =>
    text(
      `重大行政处罚决定（${p.reasons.map((r) => r.zh).join("；")}）：列入半年度重大行政处罚决定备案报告${p.by ? `，于 ${p.by} 前报送` : ""}`,
      `A major decision (${p.reasons.map((r) => r.en).join("; ")}): it goes in the half-year report${p.by ? `, due by ${p.by}` : ""}`,
    ),
  FILING_LATE: (p: { filed: string; deadline: string }) => text(`立案日 ${p.filed} 晚于立案期限 ${p.deadline}`, `Filed on ${p.filed}, after the filing deadline ${p.deadline}`),
  DECISION_LATE: (p: { decided: string; deadline: string }) => text(`决定日 ${p.decided} 晚于立案之日起九十日的期限 ${p.deadline}`, `Decided on ${p.decided}, after the 90-day limit from filing (${p.deadline})`),
} satisfies Table;

export type FindingTextCode = keyof typeof FINDINGS;

/**
 * The texts of the findings, each a function of its values.
 * @example
 * findingText.FILING_LATE({ filed: "2026-05-30", deadline: "2026-05-27" });
 */
export const findingText: Readonly<typeof FINDINGS> = FINDINGS;

/** Why a decision counts as major (the standard's definition, settings.majorCase). */
export const majorReason = {
  BY_RECOMMENDATION: () => text("按裁量基准建议的处罚属重大案件", "the penalty the standard recommends makes it a major case"),
  FINE: (p: { amount: string; threshold: string }) => text(`决定罚款 ${p.amount} 元，达到重大案件标准（${p.threshold} 元以上）`, `a fine of ${p.amount} yuan decided (${p.threshold} yuan or more)`),
  PENALTIES: (p: Listed) => text(`决定${p.titles.join("、")}`, `decided: ${p.types.join(", ")}`),
} satisfies Table;
