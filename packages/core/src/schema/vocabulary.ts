import { z } from "zod";

/**
 * Penalty types: the closed list of 行政处罚法 art. 9, with the stable ids of API.md.
 * `rank` orders them from lightest to heaviest; it serves the lex-mitior comparison (art. 37)
 * and nothing else.
 */
export const PENALTY_TYPES = {
  warning: { zh: "警告", en: "warning", rank: 1 },
  "circulate-criticism": { zh: "通报批评", en: "circulated criticism", rank: 2 },
  fine: { zh: "罚款", en: "fine", rank: 3 },
  "confiscate-illegal-gains": { zh: "没收违法所得", en: "confiscation of illegal gains", rank: 4 },
  "confiscate-illegal-property": { zh: "没收非法财物", en: "confiscation of illegal property", rank: 5 },
  "suspend-license": { zh: "暂扣许可证件", en: "suspension of licence", rank: 6 },
  "downgrade-qualification": { zh: "降低资质等级", en: "downgrade of qualification", rank: 7 },
  "restrict-business": { zh: "限制开展生产经营活动", en: "restriction of business activity", rank: 8 },
  "suspend-production": { zh: "责令停产停业", en: "order to suspend production or business", rank: 9 },
  "restrict-employment": { zh: "限制从业", en: "restriction of employment", rank: 10 },
  "revoke-license": { zh: "吊销许可证件", en: "revocation of licence", rank: 11 },
  "close-down": { zh: "责令关闭", en: "order to close down", rank: 12 },
  detention: { zh: "行政拘留", en: "administrative detention", rank: 13 },
  other: { zh: "法律、行政法规规定的其他行政处罚", en: "other penalty set by law", rank: 14 },
} as const;

export type PenaltyType = keyof typeof PENALTY_TYPES;
export const PenaltyTypeSchema = z.enum(Object.keys(PENALTY_TYPES) as [PenaltyType, ...PenaltyType[]]);

/**
 * Measures that are not penalties (art. 28: 责令改正; 追缴; 责令停止违法行为 …).
 * They are listed apart from penalties in every output.
 */
export const MEASURE_TYPES = {
  "order-to-correct": { zh: "责令改正", en: "order to correct" },
  "order-to-correct-within-deadline": { zh: "责令限期改正", en: "order to correct within a deadline" },
  "order-to-stop": { zh: "责令停止违法行为", en: "order to stop the violation" },
  "order-to-stop-use": { zh: "责令停止使用", en: "order to stop using" },
  "order-to-stop-construction": { zh: "责令停止建设", en: "order to stop construction" },
  "order-to-stop-work": { zh: "责令停止作业", en: "order to stop the work" },
  "restore": { zh: "恢复原状", en: "order to restore the original state" },
  "compensate": { zh: "赔偿损失", en: "compensation for losses" },
  "recover-fee": { zh: "追缴电费", en: "recovery of the unpaid electricity fee" },
  "suspend-supply": { zh: "中止供电", en: "suspension of power supply" },
  "report-to-government": { zh: "报请本级人民政府责令停业整顿或者关闭", en: "report to the government for suspension or closure" },
  "rectify-within-deadline": { zh: "限期治理", en: "order to rectify within a deadline" },
  "sanction-staff": { zh: "对有关主管人员和直接责任人员给予行政处分", en: "internal discipline of responsible staff" },
  "destroy-confiscated": { zh: "组织销毁没收的民用爆炸物品", en: "destruction of confiscated explosives" },
  "educate": { zh: "批评教育", en: "education of the party" },
  "order-guardian-discipline": { zh: "责令监护人加以管教", en: "the guardian is ordered to discipline the minor (art. 30)" },
  "order-guardian-care": { zh: "责令其监护人严加看管和治疗", en: "the guardian is ordered to keep strict watch and arrange treatment (art. 31)" },
  "other": { zh: "其他措施", en: "other measure" },
} as const;

export type MeasureType = keyof typeof MEASURE_TYPES;
export const MeasureTypeSchema = z.enum(Object.keys(MEASURE_TYPES) as [MeasureType, ...MeasureType[]]);

/** The outcome of an assessment (API.md), with how the result and its explanation name it. */
export const OUTCOMES = {
  penalty: { zh: "给予行政处罚", en: "penalty" },
  "no-penalty": { zh: "不予行政处罚", en: "no penalty" },
  "may-waive": { zh: "可以不予行政处罚", en: "may waive" },
  "time-barred": { zh: "超过追责时效", en: "time-barred" },
  "measures-only": { zh: "不给予行政处罚，仅采取措施", en: "measures only" },
  "individual-decision": { zh: "个案裁量", en: "individual decision" },
} as const;

export type Outcome = keyof typeof OUTCOMES;

/**
 * What a circumstance (情节) does. `none` marks a circumstance that matters only in combination
 * (e.g. 违法行为轻微 in art. 33) or as the condition of a penalty (逾期不改正).
 */
export const CIRCUMSTANCE_EFFECTS = {
  exempt: { zh: "不予处罚", en: "no penalty" },
  "may-exempt": { zh: "可以不予处罚", en: "may waive the penalty" },
  mitigate: { zh: "从轻处罚", en: "lighter within the range" },
  reduce: { zh: "减轻处罚", en: "reduced below the range" },
  "mitigate-or-reduce": { zh: "从轻或者减轻处罚", en: "lighter or reduced" },
  aggravate: { zh: "从重处罚", en: "heavier within the range" },
  none: { zh: "不单独影响裁量", en: "no effect on its own" },
} as const;

export type CircumstanceEffect = keyof typeof CIRCUMSTANCE_EFFECTS;
export const CircumstanceEffectSchema = z.enum(
  Object.keys(CIRCUMSTANCE_EFFECTS) as [CircumstanceEffect, ...CircumstanceEffect[]],
);

/** The general circumstance ids every shipped ruleset defines (API.md). */
export const GENERAL_CIRCUMSTANCE_IDS = [
  "minor-violation",
  "corrected-promptly",
  "no-harm",
  "minor-harm",
  "first-offense",
  "no-fault",
  "eliminated-harm",
  "coerced",
  "confessed",
  "meritorious",
  "repeat-offense",
  "refused-correction",
  "obstructed",
  "serious-harm",
] as const;

export const FACT_TYPES = ["money", "number", "integer", "boolean", "enum", "date"] as const;
export type FactType = (typeof FACT_TYPES)[number];

export const PARTY_KINDS = ["individual", "organization"] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/**
 * 两罚 (双罚): a row may penalize the unit and also its directly responsible persons. The role names
 * whom the assessment is for: the party the row names (`organization`: the unit, or an individual
 * who is the party), or 单位直接负责的主管人员和其他直接责任人员 (`responsible-person`).
 */
export const PARTY_ROLES = ["organization", "responsible-person"] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
