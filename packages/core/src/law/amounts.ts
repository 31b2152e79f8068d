import { D, type Dec } from "../money.js";
import { fromChineseNumeral } from "./cite.js";

const NUMBER = "([0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)";
const AMOUNT = new RegExp(`${NUMBER}\\s*(万)?元`, "g");
const MULTIPLE = new RegExp(`${NUMBER}\\s*倍`, "g");

function value(n: string): Dec {
  return /^[0-9]/.test(n) ? D(n) : D(fromChineseNumeral(n));
}

/** Amounts in yuan a statute text names: "处10万元以上50万元以下" → 100000, 500000; "五万元以下" → 50000. */
export function amountsIn(text: string): Dec[] {
  return [...text.matchAll(AMOUNT)].map((m) => value(m[1] as string).times(m[2] ? 10_000 : 1));
}

/** Multiples a statute text names: "应交电费五倍以下" → 5; "一倍以上五倍以下" → 1, 5. */
export function multiplesIn(text: string): Dec[] {
  return [...text.matchAll(MULTIPLE)].map((m) => value(m[1] as string));
}
