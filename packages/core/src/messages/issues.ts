import { CailiangError, type ErrorCode, type Issue } from "../errors.js";
import { catalogue, text, type Table, type Text, type Values } from "./catalogue.js";

/**
 * What is wrong with an assessment's input (or, found only while assessing, with the rule data):
 * each issue code with its Chinese and English text, and the headlines of the errors that carry
 * them. Codes are closed unions; the engine names a code and its values, never writes a text.
 */

/** The dates of an input, as the Chinese names them. */
const DATE_NAMES = { act: "行为发生日", actEnded: "行为终了日", discovered: "发现日", filed: "立案日", decision: "决定日" } as const;
type DateName = keyof typeof DATE_NAMES;

/** What is wrong with a fact's value, by its declared type. */
export type FactProblem = "not-decimal" | "negative" | "not-integer" | "too-precise" | "too-large" | "not-boolean" | "not-date" | { oneOf: readonly string[] };

const factProblem = (name: string, p: FactProblem): Text => {
  if (typeof p === "object") return text(`"${name}" 须为以下之一：${p.oneOf.join("、")}`, `"${name}" must be one of: ${p.oneOf.join(", ")}`);
  switch (p) {
    case "not-decimal":
      return text(`"${name}" 须为十进制数值，如 "12000.50"（不带空格、不用科学记数法）`, `"${name}" must be a decimal number such as "12000.50" (no spaces, no exponent)`);
    case "negative":
      return text(`"${name}" 不得为负数`, `"${name}" must not be negative`);
    case "not-integer":
      return text(`"${name}" 须为整数`, `"${name}" must be an integer`);
    case "too-precise":
      return text(`金额 "${name}" 最多精确到分`, `Amount "${name}" has more than two decimal places`);
    case "too-large":
      return text(`"${name}" 数额过大`, `"${name}" is too large`);
    case "not-boolean":
      return text(`"${name}" 须为 true 或 false`, `"${name}" must be true or false`);
    case "not-date":
      return text(`"${name}" 须为 YYYY-MM-DD 日期`, `"${name}" must be a date YYYY-MM-DD`);
  }
};

/** Statutory fine options ("alternatives") that leave a case to none or to several: the same text either way. */
const oneFineOption = () => text("法定罚款选项须恰有一项适用", "Exactly one statutory fine option must apply");

const ISSUES = {
  DATES_ORDER: (p: { later: DateName; earlier: DateName }) => text(`${DATE_NAMES[p.later]}早于${DATE_NAMES[p.earlier]}`, `${p.later} is before ${p.earlier}`),
  CONCURRENT_SELF: (p: { id: string }) => text(`同一违法行为所涉规定不得重复列出违法行为本身 "${p.id}"`, `concurrent must not list the offense itself ("${p.id}")`),
  CONCURRENT_DUPLICATE: (p: { id: string }) => text(`"${p.id}" 重复列出`, `"${p.id}" is listed twice`),
  AGE_FOR_ORGANIZATION: () => text("单位当事人不适用年龄", "An organization has no age"),
  CAPACITY_FOR_ORGANIZATION: () => text(
    "单位当事人不适用辨认或者控制能力（行政处罚法第三十一条只适用于自然人）",
    "An organization has no capacity to recognise or control conduct (art. 31 is about natural persons)",
  ),
  // 两罚: the unit's directly responsible persons are natural persons.
  ROLE_NEEDS_INDIVIDUAL: () => text(
    "单位直接负责的主管人员和其他直接责任人员是自然人：party.kind 须为 individual",
    "The unit's directly responsible persons are natural persons: party.kind must be individual",
  ),
  ROLE_NOT_IN_OFFENSE: (p: { id: string; title: string; basis: string }) => text(
    `违法行为 ${p.id}「${p.title}」未规定对单位直接负责的主管人员和其他直接责任人员的处罚（${p.basis}），party.role 不能为 responsible-person`,
    `Offense ${p.id} penalizes no responsible persons (${p.basis}): party.role cannot be responsible-person`,
  ),
  /** `declared`: the facts the offenses declare, with a did-you-mean hint; absent for a name refused outright ("__proto__"). */
  FACT_UNKNOWN: (p: { name: string; declared?: { names: readonly string[]; hint: { zh: string; en: string } } }) => {
    if (!p.declared) return text(`未知事实 "${p.name}"`, `Unknown fact "${p.name}"`);
    const known = p.declared.names.join(", ") || "—";
    return text(`未知事实 "${p.name}"${p.declared.hint.zh}（本违法行为声明的事实：${known}）`, `Unknown fact "${p.name}"${p.declared.hint.en} (declared: ${known})`);
  },
  FACT_INVALID: (p: { name: string; problem: FactProblem }) => factProblem(p.name, p.problem),
  /** `when`: required always, in this case only (requiredWhen), or read by a condition. */
  FACT_MISSING: (p: { offense: string; name: string; title: string; titleEn: string; when: "always" | "this-case" } | { offense: string; name: string; when: "condition" }) => {
    if (p.when === "condition") return text(`违法行为 ${p.offense} 的条件需要事实 "${p.name}"`, `The conditions of offense ${p.offense} need the fact "${p.name}"`);
    return p.when === "always"
      ? text(`违法行为 ${p.offense} 缺少必填事实 "${p.name}"（${p.title}）`, `Offense ${p.offense} needs the fact "${p.name}" (${p.titleEn})`)
      : text(`违法行为 ${p.offense} 在本案情形下须填写事实 "${p.name}"（${p.title}）`, `Offense ${p.offense} needs the fact "${p.name}" (${p.titleEn}) in this case`);
  },
  CIRCUMSTANCE_DUPLICATE: (p: { id: string }) => text(`情节 "${p.id}" 重复`, `Circumstance "${p.id}" is listed twice`),
  CIRCUMSTANCE_UNKNOWN: (p: { id: string }) => text(`未知情节 "${p.id}"`, `Unknown circumstance "${p.id}"`),
  CIRCUMSTANCES_EXCLUSIVE: (p: { ids: readonly string[]; group: string }) => text(`互斥情节不能同时认定：${p.ids.join("、")}（${p.group}）`, `Mutually exclusive circumstances: ${p.ids.join(", ")} (${p.group})`),
  OFFENSE_NOT_FOUND: (p: { ruleset: string; version: string; id: string }) => text(`规则集 "${p.ruleset}" ${p.version} 版中没有违法行为 "${p.id}"`, `Ruleset "${p.ruleset}" version ${p.version} has no offense "${p.id}"`),
  RULESET_NOT_FOUND: (p: { id: string }) => text(`未找到规则集 "${p.id}"`, `Ruleset "${p.id}" not found`),
  RULESET_REQUIRED: () => text("须指明规则集", "ruleset is required"),
  RULESET_NOT_IN_FORCE: (p: { date: string | undefined }) => text(`${p.date} 没有生效的版本`, `no version in force on ${p.date}`),
  // A decided case (review): what its schema cannot say.
  FINE_AMOUNT_MISSING: () => text("罚款须写明数额", "A fine needs its amount"),
  DECISION_DATES_DIFFER: (p: { decision: string; decided: string }) =>
    text(`dates.decision（${p.decision}）与 decided.dates.decided（${p.decided}）不一致`, `dates.decision (${p.decision}) differs from decided.dates.decided (${p.decided})`),
  // Found only while assessing: rule data whose tiers (or statutory fine options) leave this case to none or to several.
  TIERS_GAP: (p: { of: "tiers" | "fine-options" }) => (p.of === "tiers" ? text("没有阶次适用", "no tier applies") : oneFineOption()),
  TIERS_OVERLAP: (p: { of: "tiers"; ids: readonly string[] } | { of: "fine-options" }) =>
    p.of === "tiers" ? text(`阶次 ${p.ids.join("、")} 同时适用`, `tiers ${p.ids.join(", ")} all apply`) : oneFineOption(),
} satisfies Table;

type Issues = typeof ISSUES;
export type InputIssueCode = keyof Issues;
const sayIssue = catalogue(ISSUES);

/**
 * An issue at a JSON path of the input (or of the rule data, with its location spread in after).
 * @example
 * issue("CIRCUMSTANCE_UNKNOWN", "circumstances[0]", { id: "obstructd" });
 */
export function issue<C extends InputIssueCode>(code: C, path: string, ...values: Values<Issues, C>): Issue & { code: C } {
  return { code, path, ...sayIssue(code, ...values) };
}

const HEADLINES = {
  INPUT_INVALID: (p: { count: number }) => text(`输入有 ${p.count} 处错误`, `The input has ${p.count} issue(s)`),
  DECIDED_CASE_INVALID: (p: { count: number }) => text(`案卷数据有 ${p.count} 处错误`, `The decided case has ${p.count} issue(s)`),
  RULESET_INVALID: (p: { count: number }) => text(`规则数据有 ${p.count} 处错误`, `The rule data has ${p.count} issue(s)`),
  FACTS_FOR_CONDITIONS_MISSING: (p: { names: readonly string[] }) => text(`缺少条件所需的事实：${p.names.join("、")}`, `Facts needed by the conditions are missing: ${p.names.join(", ")}`),
  RULESET_REQUIRED: () => text("持有多个规则集时须指明 ruleset", "Name the ruleset: the registry holds more than one"),
  RULESET_NOT_IN_FORCE: (p: { id: string; date: string | undefined }) => text(`规则集 "${p.id}" 在 ${p.date} 没有生效的版本`, `Ruleset "${p.id}" has no version in force on ${p.date}`),
  TIERS_NOT_ONE: (p: { offense: string; count: number; facts: string }) => text(
    `违法行为 ${p.offense} 的阶次条件在本案事实（${p.facts}）下有 ${p.count} 个阶次适用，须恰有一个`,
    `${p.count} tiers of offense ${p.offense} apply to these facts (${p.facts}); exactly one must`,
  ),
  FINE_OPTIONS_NOT_ONE: (p: { offense: string; count: number }) => text(`违法行为 ${p.offense} 的法定罚款选项有 ${p.count} 项同时适用`, `${p.count} statutory fine options of offense ${p.offense} apply`),
} satisfies Table;

/** The headline of an error, above its issues. */
export const headline = catalogue(HEADLINES);

/**
 * The error of an input (or of rule data found while assessing), with its headline and issues.
 * @example
 * throw failure("INPUT_INVALID", headline("INPUT_INVALID", { count: issues.length }), issues);
 */
export function failure(code: ErrorCode, text: Text, issues: Issue[]): CailiangError {
  return new CailiangError(code, text.zh, text.en, issues);
}
