import { Decimal } from "decimal.js";

/** The one Decimal constructor of the engine: plenty of precision, never a float. */
export const D = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_EVEN });
export type Dec = Decimal;

export type RoundingMode = "down" | "up" | "half-up" | "half-even";

const MODES: Record<RoundingMode, Decimal.Rounding> = {
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
  "half-up": Decimal.ROUND_HALF_UP,
  "half-even": Decimal.ROUND_HALF_EVEN,
};

/** Rounds to `scale` decimal places (0 = yuan, 2 = fen) by the ruleset's named mode. */
export function roundMoney(value: Decimal, scale: number, mode: RoundingMode): Decimal {
  return value.toDecimalPlaces(scale, MODES[mode]);
}

/** An amount as it leaves the API: "50000", "60002.50". */
export function formatMoney(value: Decimal): string {
  if (value.isInteger()) return value.toFixed(0);
  return value.decimalPlaces() <= 2 ? value.toFixed(2) : value.toFixed();
}

/** The value clamped into [lo, hi]. */
export function clamp(value: Decimal, lo: Decimal, hi: Decimal): Decimal {
  return Decimal.max(lo, Decimal.min(hi, value));
}
