import { Decimal } from "decimal.js";

/** The one Decimal constructor of the engine: plenty of precision, never a float. */
export const D = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_EVEN });
export type Dec = Decimal;

/**
 * The one decimal grammar of cailiang, for amounts in inputs, in rule files and in conditions: an
 * optional minus, digits without a leading zero, an optional fraction. No exponent ("1E15"), no
 * spaces (" 12 "), no plus sign, nothing a float would round.
 */
export function decimalPattern({ signed = false, maxPlaces }: { signed?: boolean; maxPlaces?: number } = {}): string {
  return `^${signed ? "-?" : ""}(?:0|[1-9]\\d*)(?:\\.\\d${maxPlaces === undefined ? "+" : `{1,${maxPlaces}}`})?$`;
}
const DECIMAL = new RegExp(decimalPattern({ signed: true }));

/**
 * A decimal string, or a JSON number written out the way JSON.stringify writes it, as a Decimal;
 * undefined for anything outside the grammar (1e21 is written "1e+21", so it is outside).
 * @example
 * parseDecimal("12000.50"); // Decimal 12000.5
 * parseDecimal("1E15");     // undefined
 */
export function parseDecimal(value: string | number): Decimal | undefined {
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : value;
  return DECIMAL.test(text) ? D(text) : undefined;
}

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
  // Plain notation, then fen written out: toFixed() copies the digits (an integer's too), where
  // toFixed(n) would round them again.
  return value.decimalPlaces() === 1 ? `${value.toFixed()}0` : value.toFixed();
}

/** The value clamped into [lo, hi] (lo wins if they cross); no new Decimal is made. */
export function clamp(value: Decimal, lo: Decimal, hi: Decimal): Decimal {
  const below = value.cmp(hi) > 0 ? hi : value;
  return below.cmp(lo) < 0 ? lo : below;
}

/**
 * A memo of rule-data constants as Decimals ("50000", "0.5"): a compiled ruleset parses each once,
 * not on every assessment. Only rule data goes through it, so it stays as small as the rules.
 */
export function constants(): (text: string) => Decimal {
  const memo = new Map<string, Decimal>();
  return (text) => {
    let d = memo.get(text);
    if (d === undefined) {
      d = D(text);
      memo.set(text, d);
    }
    return d;
  };
}
