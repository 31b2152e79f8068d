import { D, formatMoney, type Dec } from "../money.js";
import type { PlacementT } from "../schema/ruleset.js";

/** The recommendation inside a band, before rounding: a range and its point (none for band-only). */
export interface Placed {
  min: Dec;
  max: Dec;
  point: Dec | null;
  zh: string;
  en: string;
}

const HALF = D("0.5");

/**
 * Places the recommended fine in the band [lo, hi] by the standard's stated method, weighing the
 * m mitigating (从轻) and a aggravating (从重) circumstances together: one never cancels the other.
 */
export function place(pl: PlacementT, lo: Dec, hi: Dec, m: number, a: number, dec: (text: string) => Dec): Placed {
  const mid = lo.plus(hi).times(HALF);
  const counts = m === 0 && a === 0 ? "无从轻、从重情节" : `从轻情节 ${m} 项、从重情节 ${a} 项`;
  const countsEn = `${m} mitigating and ${a} aggravating circumstance(s)`;
  switch (pl.method) {
    case "midpoint-split": {
      // s in (-1, 1): 从轻 below the middle of the band, 从重 above it, by their weight.
      const shift = D(a - m).div(a + m + 1);
      const point = mid.plus(shift.times(hi.minus(lo)).times(HALF));
      const [min, max] = shift.isZero() ? [lo, hi] : shift.isNeg() ? [lo, mid] : [mid, hi];
      const where = shift.isZero() ? "按阶次中间值" : shift.isNeg() ? "从轻多于从重，建议低于阶次中间值" : "从重多于从轻，建议高于阶次中间值";
      return { min, max, point, zh: `${counts}，${where}`, en: `${countsEn}: ${shift.isZero() ? "the middle of the band" : shift.isNeg() ? "below the middle of the band" : "above the middle of the band"}` };
    }
    case "percent": {
      const width = hi.minus(lo);
      const lowerEnd = lo.plus(width.times(dec(pl.lighter)));
      const upperStart = hi.minus(width.times(dec(pl.heavier)));
      const [min, max, zh, en] =
        m > a
          ? [lo, lowerEnd, `从轻多于从重，在阶次幅度最低的 ${percent(pl.lighter)} 内建议`, `the lowest ${percent(pl.lighter)} of the band`]
          : a > m
            ? [upperStart, hi, `从重多于从轻，在阶次幅度最高的 ${percent(pl.heavier)} 内建议`, `the highest ${percent(pl.heavier)} of the band`]
            : [lowerEnd, upperStart, "在阶次幅度中间部分建议", "the middle part of the band"];
      return { min, max, point: min.plus(max).times(HALF), zh: `${counts}，${zh}`, en: `${countsEn}: ${en}` };
    }
    case "base-step": {
      const base = pl.base !== undefined ? dec(pl.base) : mid;
      const step = dec(pl.step);
      const raw = base.plus(step.times(a - m));
      const point = raw.lt(lo) ? lo : raw.gt(hi) ? hi : raw;
      return {
        min: point,
        max: point,
        point,
        zh: `${counts}：基准 ${formatMoney(base)} 元，每项从轻情节减少、每项从重情节增加 ${formatMoney(step)} 元，不超出阶次幅度`,
        en: `${countsEn}: base ${formatMoney(base)} yuan, ${formatMoney(step)} yuan less per mitigating and more per aggravating circumstance, inside the band`,
      };
    }
    case "fixed": {
      const amount = dec(pl.amount);
      const point = amount.lt(lo) ? lo : amount.gt(hi) ? hi : amount;
      return { min: point, max: point, point, zh: `本阶次处 ${formatMoney(point)} 元罚款`, en: `the tier's fixed amount, ${formatMoney(point)} yuan` };
    }
    case "band-only":
      return { min: lo, max: hi, point: null, zh: `${counts}；本基准未规定具体数额的确定方法，在阶次幅度内裁量`, en: `${countsEn}; the standard states no placement: the band is the recommendation` };
  }
}

function percent(fraction: string): string {
  return `${D(fraction).times(100).toString()}%`;
}
