import { D, type Dec } from "../money.js";
import { fromChineseNumeral } from "./cite.js";

const NUMBER = "([0-9]+(?:\\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)";
const AMOUNT = new RegExp(`${NUMBER}\\s*(万)?元`, "g");
/** N倍; 千分之N, 百分之N, 万分之N; N‰, N%, N％ (full-width as printed in many gazettes). */
const MULTIPLE = new RegExp(`${NUMBER}\\s*倍|(千|百|万)分之${NUMBER}|${NUMBER}\\s*(‰|%|％)`, "g");

const PER: Readonly<Record<string, number>> = { 百: 100, 千: 1000, 万: 10_000, "%": 100, "％": 100, "‰": 1000 };

function value(n: string): Dec {
  if (/^[0-9]/.test(n)) return D(n);
  const [whole, fraction] = n.split("点") as [string, string | undefined];
  const int = D(whole === "" ? 0 : fromChineseNumeral(whole));
  if (fraction === undefined) return int;
  // 零点五 = 0.5: the digits after 点 are read one by one.
  return int.plus(D(`0.${[...fraction].map((c) => fromChineseNumeral(c)).join("")}`));
}

/** Amounts in yuan a statute text names: "处10万元以上50万元以下" → 100000, 500000; "五万元以下" → 50000. */
export function amountsIn(text: string): Dec[] {
  return [...text.matchAll(AMOUNT)].map((m) => value(m[1] as string).times(m[2] ? 10_000 : 1));
}

/**
 * Multiples a statute text names, as statutes write them: "应交电费五倍以下" → 5; "一倍以上五倍以下" → 1, 5;
 * "项目总投资额千分之一以上千分之五以下" → 0.001, 0.005; "百分之一以上百分之二以下" → 0.01, 0.02;
 * "1%以上2%以下" → 0.01, 0.02; "5‰" → 0.005.
 */
export function multiplesIn(text: string): Dec[] {
  return [...text.matchAll(MULTIPLE)].map((m) => {
    if (m[1] !== undefined) return value(m[1]);
    if (m[2] !== undefined) return value(m[3] as string).div(PER[m[2]] as number);
    return value(m[4] as string).div(PER[m[5] as string] as number);
  });
}
