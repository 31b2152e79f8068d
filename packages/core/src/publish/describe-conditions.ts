import type { ConditionT, FactConditionT } from "../schema/condition.js";
import type { FactDeclT } from "../schema/ruleset.js";
import { quantityZh } from "./amounts-zh.js";

/**
 * The tier conditions in plain Chinese, generated from the conditions themselves (never a second
 * hand-written copy): `{ all: [fee ≥ 10000, fee < 50000] }` → "应交电费1万元以上不满5万元".
 *
 * One function per condition node; a new kind of node (e.g. circumstances in tier conditions)
 * is one more case in `describeNode` and one more phrase function.
 */
export function describeCondition(when: ConditionT | undefined, facts: readonly FactDeclT[], circumstances: ReadonlyMap<string, { title: string }> = new Map()): string {
  if (when === undefined) return "不区分情形";
  return describeNode(when, new Map(facts.map((f) => [f.name, f])), circumstances);
}

type Facts = ReadonlyMap<string, FactDeclT>;
type Titles = ReadonlyMap<string, { title: string }>;

function describeNode(c: ConditionT, facts: Facts, titles: Titles): string {
  const circumstance = (id: string) => titles.get(id)?.title ?? id;
  if ("all" in c) return describeAll(c.all, facts, titles);
  if ("any" in c) return c.any.map((x) => describeNode(x, facts, titles)).join("，或者");
  if ("not" in c) return "circumstance" in c.not ? `未认定“${circumstance(c.not.circumstance)}”` : `不属于“${describeNode(c.not, facts, titles)}”的情形`;
  if ("circumstance" in c) return circumstance(c.circumstance);
  return describeComparison(c, facts);
}

/** Conjunction; a lower and an upper bound on the same fact read as one range ("1万元以上不满5万元"). */
function describeAll(parts: readonly ConditionT[], facts: Facts, titles: Titles): string {
  const phrases: string[] = [];
  const used = new Set<number>();
  parts.forEach((p, i) => {
    if (used.has(i)) return;
    if ("fact" in p && LOWER.has(p.operator)) {
      const j = parts.findIndex((q, k) => k > i && !used.has(k) && "fact" in q && q.fact === p.fact && UPPER.has(q.operator));
      if (j >= 0) {
        used.add(j);
        const upper = parts[j] as FactConditionT;
        phrases.push(`${title(p.fact, facts)}${bound(p, facts)}${bound(upper, facts)}`);
        return;
      }
    }
    phrases.push("any" in p ? `（${describeNode(p, facts, titles)}）` : describeNode(p, facts, titles));
  });
  return phrases.join("，");
}

const LOWER = new Set(["greaterThan", "greaterThanInclusive"]);
const UPPER = new Set(["lessThan", "lessThanInclusive"]);

// 以上 / 以下 include the amount, 超过 / 不满 exclude it (行政处罚法 and the standards' own usage).
const BOUND_WORDS: Record<string, (q: string) => string> = {
  greaterThanInclusive: (q) => `${q}以上`,
  greaterThan: (q) => `超过${q}`,
  lessThanInclusive: (q) => `${q}以下`,
  lessThan: (q) => `不满${q}`,
};

function bound(c: FactConditionT, facts: Facts): string {
  const fact = facts.get(c.fact);
  const word = BOUND_WORDS[c.operator] as (q: string) => string;
  return word(quantityZh(scalar(c.value), fact?.unit, fact?.type ?? "number"));
}

function describeComparison(c: FactConditionT, facts: Facts): string {
  const fact = facts.get(c.fact);
  const name = title(c.fact, facts);
  if (c.operator in BOUND_WORDS) {
    // An integer count below 1 is none at all: "造成人员伤亡人数为0人".
    if (c.operator === "lessThan" && fact?.type === "integer" && Number(c.value) === 1) return `${name}为0${fact.unit ?? ""}`;
    return `${name}${bound(c, facts)}`;
  }
  if (typeof c.value === "boolean") {
    const yes = (c.operator === "equal") === c.value;
    return yes ? name : `${name}：否`;
  }
  const values = (Array.isArray(c.value) ? c.value : [c.value]).map((v) => valueTitle(v, fact));
  const list = values.join("或者");
  switch (c.operator) {
    case "equal":
    case "in":
      return `${name}为${list}`;
    default:
      return `${name}不为${list}`;
  }
}

function title(name: string, facts: Facts): string {
  return facts.get(name)?.title ?? name;
}

function valueTitle(v: string | number | boolean, fact: FactDeclT | undefined): string {
  if (fact?.type === "enum") return fact.values?.find((x) => x.value === String(v))?.title ?? String(v);
  if (typeof v === "boolean") return v ? "是" : "否";
  return quantityZh(v, fact?.unit, fact?.type ?? "number");
}

function scalar(v: FactConditionT["value"]): string | number {
  return Array.isArray(v) ? String(v[0]) : typeof v === "boolean" ? String(v) : v;
}
