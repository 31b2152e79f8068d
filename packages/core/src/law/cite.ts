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

const VALUES: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The reverse: "七十一" → 71, "十" → 10, "一百零五" → 105, "两千" → 2000. */
export function fromChineseNumeral(s: string): number {
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in VALUES) digit = VALUES[ch] as number;
    else if (ch in UNITS) {
      total += (digit ?? 1) * (UNITS[ch] as number);
      digit = null;
    } else throw new RangeError(`not a Chinese numeral: ${s}`);
  }
  return total + (digit ?? 0);
}

/**
 * "电力法第七十一条", "行政处罚法第三十二条第（一）项", "民用爆炸物品安全管理条例第四十四条第三款".
 * @example
 * cite({ law: "电力法", article: 71 }); // "电力法第七十一条"
 */
export function cite(ref: Pick<LegalRefT, "law" | "article" | "paragraph" | "item">): string {
  return `${ref.law}第${chineseNumber(ref.article)}条${ref.paragraph ? `第${chineseNumber(ref.paragraph)}款` : ""}${ref.item ? `第（${chineseNumber(ref.item)}）项` : ""}`;
}

type Citation = Pick<LegalRefT, "law" | "article" | "paragraph" | "item">;
const NUMERAL = "[〇零一二两三四五六七八九十百千]+";
const CITATION_TAIL = `第(${NUMERAL})条(?:第(${NUMERAL})款)?(?:第[（(](${NUMERAL})[）)]项)?`;

/**
 * The citations a basis text makes of the laws it knows, in order, the reverse of `cite`:
 * "行政处罚法第五十一条；本局制度…" with "行政处罚法" known → [{ law: "行政处罚法", article: 51 }].
 * A law not named right before 第…条 is not guessed.
 */
export function citationsIn(text: string, laws: readonly string[]): Citation[] {
  if (laws.length === 0) return [];
  const names = [...laws].sort((a, b) => b.length - a.length).map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const re = new RegExp(`(${names.join("|")})${CITATION_TAIL}`, "g");
  return [...text.matchAll(re)].map((m) => ({
    law: m[1] as string,
    article: fromChineseNumeral(m[2] as string),
    ...(m[3] ? { paragraph: fromChineseNumeral(m[3]) } : {}),
    ...(m[4] ? { item: fromChineseNumeral(m[4]) } : {}),
  }));
}
