import { D, formatMoney, type Dec } from "../money.js";
import type { PlacementT } from "../schema/ruleset.js";
import type { Text } from "../messages/catalogue.js";
import { sentence } from "../messages/explanations.js";

/** The recommendation inside a band, before rounding: a range and its point (none for band-only). */
export interface Placed {
  min: Dec;
  max: Dec;
  point: Dec | null;
  text: Text;
}

const HALF = D("0.5");

/**
 * Places the recommended fine in the band [lo, hi] by the standard's stated method, weighing the
 * m mitigating (从轻) and a aggravating (从重) circumstances together: one never cancels the other.
 */
export function place(pl: PlacementT, lo: Dec, hi: Dec, m: number, a: number, dec: (text: string) => Dec): Placed {
  const mid = lo.plus(hi).times(HALF);
  switch (pl.method) {
    case "midpoint-split": {
      // s in (-1, 1): 从轻 below the middle of the band, 从重 above it, by their weight.
      const shift = D(a - m).div(a + m + 1);
      const point = mid.plus(shift.times(hi.minus(lo)).times(HALF));
      const [min, max] = shift.isZero() ? [lo, hi] : shift.isNeg() ? [lo, mid] : [mid, hi];
      return { min, max, point, text: sentence.PLACED_MIDPOINT({ m, a, side: Math.sign(a - m) as -1 | 0 | 1 }) };
    }
    case "percent": {
      const width = hi.minus(lo);
      const lowerEnd = lo.plus(width.times(dec(pl.lighter)));
      const upperStart = hi.minus(width.times(dec(pl.heavier)));
      const [min, max] = m > a ? [lo, lowerEnd] : a > m ? [upperStart, hi] : [lowerEnd, upperStart];
      return { min, max, point: min.plus(max).times(HALF), text: sentence.PLACED_PERCENT({ m, a, side: Math.sign(a - m) as -1 | 0 | 1, lighter: pl.lighter, heavier: pl.heavier }) };
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
        text: sentence.PLACED_BASE_STEP({ m, a, base: formatMoney(base), step: formatMoney(step) }),
      };
    }
    case "fixed": {
      const amount = dec(pl.amount);
      const point = amount.lt(lo) ? lo : amount.gt(hi) ? hi : amount;
      return { min: point, max: point, point, text: sentence.PLACED_FIXED({ amount: formatMoney(point) }) };
    }
    case "band-only":
      return { min: lo, max: hi, point: null, text: sentence.PLACED_BAND_ONLY({ m, a }) };
  }
}
