import type { LegalRefT } from "../schema/ruleset.js";

const DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/** 1 → 一, 10 → 十, 14 → 十四, 45 → 四十五, 105 → 一百零五: how article numbers are written. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`no Chinese numeral for ${n}`);
  if (n < 10) return DIGITS[n] as string;
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ""}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ""}`;
  if (n < 1000) {
    const rest = n % 100;
    return `${DIGITS[Math.floor(n / 100)]}百${rest === 0 ? "" : rest < 10 ? `零${DIGITS[rest]}` : rest < 20 ? `一${chineseNumber(rest)}` : chineseNumber(rest)}`;
  }
  const rest = n % 1000;
  return `${DIGITS[Math.floor(n / 1000)]}千${rest === 0 ? "" : rest < 100 ? `零${chineseNumber(rest)}` : chineseNumber(rest)}`;
}

/** "电力法第七十一条", "行政处罚法第三十二条第（一）项", "民用爆炸物品安全管理条例第四十四条第三款". */
export function cite(ref: Pick<LegalRefT, "law" | "article" | "paragraph" | "item">): string {
  return `${ref.law}第${chineseNumber(ref.article)}条${ref.paragraph ? `第${chineseNumber(ref.paragraph)}款` : ""}${ref.item ? `第（${chineseNumber(ref.item)}）项` : ""}`;
}
