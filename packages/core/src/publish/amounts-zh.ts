import { D } from "../money.js";

/**
 * An amount as a published standard writes it: "1万元", "2.5万元", "1500元", "0.5倍".
 * Whole ten-thousands (and multiples of 1,000 above 10,000) are written in 万.
 */
export function yuanZh(amount: string): string {
  const d = D(amount);
  if (d.gte(10000) && d.mod(1000).isZero()) return `${d.div(10000).toFixed()}万元`;
  return `${d.toFixed()}元`;
}

/** A quantity with its unit: money facts in 元 (万元 when round), others as declared ("3人", "2次"). */
export function quantityZh(value: string | number, unit: string | undefined, type: string): string {
  if (type === "money") return yuanZh(String(value));
  return `${value}${unit ?? ""}`;
}

/** A percentage of a fraction in 0..1: "0.25" → "25%". */
export function percentZh(fraction: string): string {
  return `${D(fraction).mul(100).toFixed()}%`;
}
