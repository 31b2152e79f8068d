import type { CompiledOffense } from "../model.js";
import { formatMoney } from "../money.js";
import { sentence } from "../messages/explanations.js";
import type { CaseFacts } from "./case-input.js";

/** A fact as the Chinese text names it: its title, never its id ("伤亡人数 1人", "应交电费 12000.5元"). */
export function factTitle(offense: CompiledOffense, name: string): string {
  return offense.facts.get(name)?.title ?? name;
}

/** A fact and its value for an explanation: "伤亡人数 1人", "造成危害后果 是". */
export function factText(offense: CompiledOffense, name: string, value: CaseFacts[string] | undefined): string {
  const decl = offense.facts.get(name);
  const title = decl?.title ?? name;
  if (value === undefined) return title;
  if (typeof value !== "object") {
    // An enum value reads as its title.
    const shown = typeof value === "string" ? (decl?.values?.find((v) => v.value === value)?.title ?? value) : value;
    return sentence.FACT_SHOWN({ name, title, value: shown, unit: null, money: false }).zh;
  }
  const money = decl?.type === "money";
  return sentence.FACT_SHOWN({ name, title, value: money ? formatMoney(value) : value.toString(), unit: decl?.unit ?? null, money }).zh;
}
