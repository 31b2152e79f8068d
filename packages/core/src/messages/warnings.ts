import { catalogue, text, type Table, type Values } from "./catalogue.js";
import { activityZh, who, type Activity, type PartyKind } from "./party.js";

/**
 * The warnings an assessment gives: each code with its Chinese and English text. Codes are a
 * closed union; a step names a code and its values, never writes a text itself.
 */
const WARNINGS = {
  ACT_BEFORE_FIRST_VERSION: (p: { act: string; first: string; version: string }) => text(
    `违法行为发生时（${p.act}）本基准尚未施行（首个版本自 ${p.first} 起施行），按作出决定时施行的 ${p.version} 版裁量`,
    `The act (${p.act}) predates the standard (first version in force from ${p.first}); assessed under the version in force at the decision, ${p.version}`,
  ),
  NO_VERSION_AT_ACT: (p: { act: string; version: string }) => text(
    `违法行为发生时（${p.act}）没有施行中的基准版本，按作出决定时施行的 ${p.version} 版裁量`,
    `No version of the standard was in force at the act (${p.act}); assessed under the version in force at the decision, ${p.version}`,
  ),
  LEX_MITIOR_NOT_COMPARED: (p: { version: string; zh: string; en: string }) => text(
    `无法按决定时施行的 ${p.version} 版计算（${p.zh}），未作新旧比较`,
    `Could not assess under the version at the decision (${p.version}: ${p.en}); no comparison made`,
  ),
  OFFENSE_NOT_IN_LATER_VERSION: (p: { later: string; earlier: string }) => text(
    `作出决定时施行的 ${p.later} 版未列该违法行为，也未记载相应法律条文的废止或者修改；裁量基准不是法律，不因此不再认为是违法，适用行为时的 ${p.earlier} 版`,
    `The version in force at the decision (${p.later}) lacks this offense and records no change of its statute; a standard is not a law, so the act-time version ${p.earlier} applies`,
  ),
  DRAFT_STANDARD: (p: { title: string; version: string }) => text(
    `《${p.title}》${p.version} 版为草案，尚未印发施行：阶次和幅度未经本机关审定，结果仅供参考`,
    `Version ${p.version} of the standard is a draft, not yet issued: its tiers and bands are not adopted; the result is for reference only`,
  ),
  PROPOSAL_TIER: (p: { tier: string }) => text(
    `「${p.tier}」阶次的幅度是本基准的建议，尚待本机关审定`,
    `The band of tier "${p.tier}" is the standard's proposal, not yet adopted by the agency`,
  ),
  AGE_UNKNOWN: () => text(
    "未提供当事人年龄：无法判断是否适用行政处罚法第三十条（不满十四周岁不予处罚；已满十四周岁不满十八周岁应当从轻或者减轻），请核实",
    "The party's age is not given: whether art. 30 applies (under 14: no penalty; 14 to 17: lighter or reduced) cannot be judged — check it",
  ),
  FACT_NOT_APPLICABLE: (p: { name: string; title: string }) => text(
    `事实「${p.title}」在本案情形下不需填写，未予采用`,
    `The fact "${p.name}" does not apply to this case and was not used`,
  ),
  TIER_NOT_COVERED: (p: { title: string; reason: string; reasonEn: string }) => text(
    `本基准对此情形不设裁量阶次（${p.title}）：${p.reason}。请在法定幅度内个案裁量，并记录裁量理由；听证、法制审核等程序事项按拟作出的处罚另行确定`,
    `The standard sets no tier for this case (${p.title}): ${p.reasonEn}. Decide within the statutory range and record the reasons; the procedure (hearing, legal review) follows the penalty proposed`,
  ),
  FINE_IMPOSSIBLE: () => text(
    "依本案事实法定罚款上限为零，不能处以罚款，请核对事实",
    "On these facts the statutory maximum fine is zero; no fine can be imposed — check the facts",
  ),
  CONCURRENT_NOT_DECLARED: (p: { main: string; others: string }) => text(
    `本基准未将「${p.main}」与「${p.others}」标注为同一违法行为可能同时违反的规定，请核实是否确属同一违法行为（行政处罚法第二十九条）`,
    `The standard does not mark these provisions as ones a single act may breach together; confirm it is one act (art. 29)`,
  ),
  // No threshold: the standard sets none; a threshold: the value to be confiscated is not given.
  CONFISCATION_HEARING_UNDETERMINED: (p: { gains: boolean; threshold: { kind: PartyKind; activity: Activity; amount: string } | null }) => text(
    `${p.threshold ? `未提供拟没收的${p.gains ? "违法所得的数额" : "非法财物的价值"}` : "本基准未规定没收较大数额（价值）的标准"}，无法判断是否应当告知听证权利：没收较大数额违法所得、较大价值非法财物的，应当告知（行政处罚法第六十三条第一款第（二）项）${p.threshold ? `；${activityZh(p.threshold.activity)}${who(p.threshold.kind)} ${p.threshold.amount} 元以上为较大` : ""}`,
    `Whether a hearing is required cannot be judged: ${p.threshold ? `the value of the ${p.gains ? "illegal gains" : "illegal property"} to be confiscated is not given` : "the standard sets no threshold for a large confiscation"}; confiscating a large amount or value requires notice of the right to a hearing (art. 63 ¶1 (2))`,
  ),
  HEARING_THRESHOLD_IN_RANGE: (p: { threshold: string }) => text(
    `建议幅度上限达到听证标准：决定罚款 ${p.threshold} 元以上的，应当告知听证权利`,
    `The recommended range reaches the hearing threshold: a fine of ${p.threshold} yuan or more requires notice of the right to a hearing`,
  ),
  HEARING_THRESHOLD_UNCONFIRMED: () => text(
    "较大数额罚款、没收的听证标准尚待本机关法制机构确认",
    "The hearing thresholds for a larger fine or confiscation await confirmation by the agency's legal staff",
  ),
  HOLIDAY_CALENDAR_MISSING_YEAR: (p: { years: readonly number[] }) => text(
    `节假日日历尚无 ${p.years.join("、")} 年安排，立案期限仅排除周末计算，请人工核对`,
    `The holiday calendar has no schedule for ${p.years.join(", ")}; the filing deadline skips weekends only — check it by hand`,
  ),
  DISCOVERY_DATE_MISSING: () => text("未提供发现日期：无法核对时效与立案期限", "No discovery date: the time bar and the filing deadline cannot be checked"),
  FILING_DATE_MISSING: () => text("未提供立案日期：无法计算作出决定的期限", "No filing date: the decision deadline cannot be computed"),
  DECISION_LATE: (p: { decision: string; days: number; deadline: string }) => text(
    `决定日 ${p.decision} 已超过立案之日起 ${p.days} 日的期限（${p.deadline}）`,
    `The decision date ${p.decision} is past the ${p.days}-day limit from filing (${p.deadline})`,
  ),
  FILING_LATE: (p: { filed: string; deadline: string }) => text(`立案日 ${p.filed} 已超过立案期限（${p.deadline}）`, `The filing date ${p.filed} is past the filing deadline (${p.deadline})`),
} satisfies Table;

type Warnings = typeof WARNINGS;
export type WarningCode = keyof Warnings;
const say = catalogue(WARNINGS);

/** A warning of the result: a stable code, its Chinese and English text. */
export interface Warning {
  code: WarningCode;
  zh: string;
  en: string;
}

/**
 * The warning of a code, with its values.
 * @example
 * warn("FILING_LATE", { filed: "2026-05-30", deadline: "2026-05-27" });
 */
export function warn<C extends WarningCode>(code: C, ...values: Values<Warnings, C>): Warning {
  return { code, ...say(code, ...values) };
}
