import { CailiangError, type Issue } from "../errors.js";
import { validate } from "../load/zod-issues.js";
import type { CompiledOffense, CompiledRuleset } from "../model.js";
import { parseIsoDate } from "../dates.js";
import { D, parseDecimal, type Dec } from "../money.js";
import { AssessInput, type AssessInputParsed } from "../schema/assessment.js";
import type { FactDeclT } from "../schema/ruleset.js";
import { didYouMean } from "../load/did-you-mean.js";

/** The case's facts as conditions and computations see them: numbers as Decimal. */
export type CaseFacts = Readonly<Record<string, Dec | string | boolean>>;

function invalid(issues: Issue[]): CailiangError {
  return new CailiangError("INPUT_INVALID", `输入有 ${issues.length} 处错误`, `The input has ${issues.length} issue(s)`, issues);
}

/** Shape and dates of the input; throws INPUT_INVALID with every issue's JSON path. */
export function parseAssessInput(input: unknown): AssessInputParsed {
  const r = validate(AssessInput, input);
  if ("issues" in r) throw invalid(r.issues);
  checkAssessInput(r.data, (input as { facts?: unknown }).facts);
  return r.data;
}

/**
 * What the schema cannot say about an input it accepted (date order, concurrent ids, the party);
 * `rawFacts` are the facts as given, before zod. Throws INPUT_INVALID with every issue's JSON path.
 */
export function checkAssessInput(data: AssessInputParsed, rawFacts: unknown): void {
  const { dates } = data;
  const issues: Issue[] = [];
  const order = (later: keyof typeof dates, earlier: keyof typeof dates, zh: string, en: string) => {
    const a = dates[later];
    const b = dates[earlier];
    if (a && b && a < b) issues.push({ code: "DATES_ORDER", path: `dates.${later}`, zh, en });
  };
  order("actEnded", "act", "行为终了日早于行为发生日", "actEnded is before act");
  order("discovered", "act", "发现日早于行为发生日", "discovered is before act");
  order("filed", "discovered", "立案日早于发现日", "filed is before discovered");
  order("decision", "act", "决定日早于行为发生日", "decision is before act");
  order("decision", "filed", "决定日早于立案日", "decision is before filed");
  order("decision", "discovered", "决定日早于发现日", "decision is before discovered");
  // z.record writes its output as `out[key] = value`, where a "__proto__" key would set the
  // prototype and vanish: refuse it as the unknown fact it is.
  if (rawFacts !== null && typeof rawFacts === "object" && Object.hasOwn(rawFacts, "__proto__")) {
    issues.push({ code: "FACT_UNKNOWN", path: "facts.__proto__", zh: `未知事实 "__proto__"`, en: `Unknown fact "__proto__"` });
  }
  const cited = new Set<string>([data.offense]);
  data.concurrent.forEach((id, i) => {
    const path = `concurrent[${i}]`;
    if (id === data.offense) issues.push({ code: "CONCURRENT_SELF", path, zh: `同一违法行为所涉规定不得重复列出违法行为本身 "${id}"`, en: `concurrent must not list the offense itself ("${id}")` });
    else if (cited.has(id)) issues.push({ code: "CONCURRENT_DUPLICATE", path, zh: `"${id}" 重复列出`, en: `"${id}" is listed twice` });
    cited.add(id);
  });
  if (data.party.kind === "organization" && data.party.age != null) {
    issues.push({ code: "AGE_FOR_ORGANIZATION", path: "party.age", zh: "单位当事人不适用年龄", en: "An organization has no age" });
  }
  if (data.party.kind === "organization" && data.party.capacity !== "full") {
    issues.push({ code: "CAPACITY_FOR_ORGANIZATION", path: "party.capacity", zh: "单位当事人不适用辨认或者控制能力（行政处罚法第三十一条只适用于自然人）", en: "An organization has no capacity to recognise or control conduct (art. 31 is about natural persons)" });
  }
  // 两罚: the unit's directly responsible persons are natural persons.
  if (data.party.role === "responsible-person" && data.party.kind !== "individual") {
    issues.push({ code: "ROLE_NEEDS_INDIVIDUAL", path: "party.role", zh: "单位直接负责的主管人员和其他直接责任人员是自然人：party.kind 须为 individual", en: "The unit's directly responsible persons are natural persons: party.kind must be individual" });
  }
  if (issues.length > 0) throw invalid(issues);
}

/**
 * The facts, checked against what the offenses declare (the main one and any concurrent ones):
 * a missing required fact, an unknown fact, a wrong type or a negative amount is an error.
 */
export function checkFacts(offenses: readonly CompiledOffense[], facts: AssessInputParsed["facts"]): CaseFacts {
  const issues: Issue[] = [];
  const out: Record<string, Dec | string | boolean> = {};
  const declared = new Map<string, FactDeclT>();
  for (const o of offenses) for (const f of o.facts.values()) if (!declared.has(f.name)) declared.set(f.name, f);
  for (const [name, value] of Object.entries(facts)) {
    const path = `facts.${name}`;
    const decl = declared.get(name);
    if (!decl) {
      const known = [...declared.keys()].join(", ") || "—";
      const hint = didYouMean(name, declared.keys());
      issues.push({ code: "FACT_UNKNOWN", path, zh: `未知事实 "${name}"${hint.zh}（本违法行为声明的事实：${known}）`, en: `Unknown fact "${name}"${hint.en} (declared: ${known})` });
      continue;
    }
    if (value === null) continue;
    const v = coerce(decl, value);
    if (typeof v === "object" && "error" in v) issues.push({ code: "FACT_INVALID", path, zh: v.error[0], en: v.error[1] });
    else out[name] = v;
  }
  for (const o of offenses) {
    for (const f of o.facts.values()) {
      if (f.required && out[f.name] === undefined && !issues.some((i) => i.path === `facts.${f.name}`)) {
        issues.push({ code: "FACT_MISSING", path: `facts.${f.name}`, zh: `违法行为 ${o.def.id} 缺少必填事实 "${f.name}"（${f.title}）`, en: `Offense ${o.def.id} needs the fact "${f.name}" (${f.titleEn ?? f.title})` });
      }
    }
  }
  if (issues.length > 0) throw invalid(issues);
  for (const o of offenses) {
    for (const [name, when] of o.requiredWhen) {
      const f = o.facts.get(name) as FactDeclT;
      // requiredWhen reads only always-required facts, all present by now.
      if (when(out)) {
        if (out[name] === undefined) issues.push({ code: "FACT_MISSING", path: `facts.${name}`, zh: `违法行为 ${o.def.id} 在本案情形下须填写事实 "${name}"（${f.title}）`, en: `Offense ${o.def.id} needs the fact "${name}" (${f.titleEn ?? f.title}) in this case` });
      } else if (!offenses.some((x) => x.facts.get(name)?.required)) delete out[name]; // not this case's fact: no condition may read it (a warning says so)
    }
  }
  if (issues.length > 0) throw invalid(issues);
  return out;
}

/** Amounts above this are refused: no fine in any statute comes near, and a typo must not pass. */
const MAX_AMOUNT = D("1e15");

function coerce(decl: FactDeclT, value: string | number | boolean): Dec | string | boolean | { error: [string, string] } {
  const bad = (zh: string, en: string) => ({ error: [zh, en] as [string, string] });
  switch (decl.type) {
    case "money":
    case "number":
    case "integer": {
      const d = typeof value === "boolean" ? undefined : parseDecimal(value);
      if (!d) return bad(`"${decl.name}" 须为十进制数值，如 "12000.50"（不带空格、不用科学记数法）`, `"${decl.name}" must be a decimal number such as "12000.50" (no spaces, no exponent)`);
      if (d.isNegative()) return bad(`"${decl.name}" 不得为负数`, `"${decl.name}" must not be negative`);
      if (decl.type === "integer" && !d.isInteger()) return bad(`"${decl.name}" 须为整数`, `"${decl.name}" must be an integer`);
      if (decl.type === "money" && d.decimalPlaces() > 2) return bad(`金额 "${decl.name}" 最多精确到分`, `Amount "${decl.name}" has more than two decimal places`);
      if (d.gt(MAX_AMOUNT)) return bad(`"${decl.name}" 数额过大`, `"${decl.name}" is too large`);
      return d;
    }
    case "boolean":
      return typeof value === "boolean" ? value : bad(`"${decl.name}" 须为 true 或 false`, `"${decl.name}" must be true or false`);
    case "enum": {
      const allowed = (decl.values ?? []).map((v) => v.value);
      return typeof value === "string" && allowed.includes(value)
        ? value
        : bad(`"${decl.name}" 须为以下之一：${allowed.join("、")}`, `"${decl.name}" must be one of: ${allowed.join(", ")}`);
    }
    case "date":
      return typeof value === "string" && parseIsoDate(value) !== undefined
        ? value
        : bad(`"${decl.name}" 须为 YYYY-MM-DD 日期`, `"${decl.name}" must be a date YYYY-MM-DD`);
  }
}

/**
 * 两罚: the rows cited (the offense, then any concurrent ones) as they apply to the role named
 * (party.role); a row that penalizes no one but its own party has nothing for the responsible persons.
 */
export function forRole(offenses: readonly CompiledOffense[], role: AssessInputParsed["party"]["role"]): CompiledOffense[] {
  if (role === "organization") return [...offenses];
  const issues: Issue[] = [];
  const out = offenses.map((o, i) => {
    if (o.responsiblePersons) return o.responsiblePersons;
    issues.push({
      code: "ROLE_NOT_IN_OFFENSE",
      path: i === 0 ? "party.role" : `concurrent[${i - 1}]`,
      zh: `违法行为 ${o.def.id}「${o.def.title}」未规定对单位直接负责的主管人员和其他直接责任人员的处罚（${o.penaltyBasis}），party.role 不能为 responsible-person`,
      en: `Offense ${o.def.id} penalizes no responsible persons (${o.penaltyBasis}): party.role cannot be responsible-person`,
    });
    return o;
  });
  if (issues.length > 0) throw invalid(issues);
  return out;
}

/** Circumstances must be declared (by the ruleset or one of the offenses), unrepeated and not mutually exclusive. */
export function checkCircumstances(version: CompiledRuleset, offenses: readonly CompiledOffense[], ids: readonly string[]): void {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    const path = `circumstances[${i}]`;
    if (seen.has(id)) issues.push({ code: "CIRCUMSTANCE_DUPLICATE", path, zh: `情节 "${id}" 重复`, en: `Circumstance "${id}" is listed twice` });
    seen.add(id);
    if (!offenses.some((o) => o.circumstances.has(id))) {
      issues.push({ code: "CIRCUMSTANCE_UNKNOWN", path, zh: `未知情节 "${id}"`, en: `Unknown circumstance "${id}"` });
    }
  });
  for (const g of version.def.exclusiveGroups) {
    const found = g.ids.filter((id) => seen.has(id));
    if (found.length > 1) {
      issues.push({ code: "CIRCUMSTANCES_EXCLUSIVE", path: "circumstances", zh: `互斥情节不能同时认定：${found.join("、")}（${g.title}）`, en: `Mutually exclusive circumstances: ${found.join(", ")} (${g.title})` });
    }
  }
  if (issues.length > 0) throw invalid(issues);
}
