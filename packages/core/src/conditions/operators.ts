import Decimal from "decimal.js";
import type { Engine } from "json-rules-engine";

/**
 * Decimal-aware replacements for json-rules-engine's comparison operators. The library's own
 * compare JS numbers with `<`, and a decimal.js value would compare as a string; money must do
 * neither. Numeric facts reach the engine as Decimal instances; rule values may be decimal strings
 * or JSON numbers.
 */
function num(v: unknown): Decimal | undefined {
  if (Decimal.isDecimal(v)) return v as Decimal;
  if (typeof v === "number" && Number.isFinite(v)) return new Decimal(v);
  if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v)) return new Decimal(v);
  return undefined;
}

function same(a: unknown, b: unknown): boolean {
  const x = num(a);
  const y = num(b);
  if (Decimal.isDecimal(a) && x && y) return x.eq(y);
  return a === b;
}

function compare(test: (c: number) => boolean) {
  return (fact: unknown, value: unknown): boolean => {
    const x = num(fact);
    const y = num(value);
    if (x && y) return test(x.cmp(y));
    // ISO dates compare correctly as strings.
    if (typeof fact === "string" && typeof value === "string") return test(fact < value ? -1 : fact > value ? 1 : 0);
    return false;
  };
}

export function installDecimalOperators(engine: Engine): void {
  engine.addOperator("equal", (a: unknown, b: unknown) => same(a, b));
  engine.addOperator("notEqual", (a: unknown, b: unknown) => !same(a, b));
  engine.addOperator("lessThan", compare((c) => c < 0));
  engine.addOperator("lessThanInclusive", compare((c) => c <= 0));
  engine.addOperator("greaterThan", compare((c) => c > 0));
  engine.addOperator("greaterThanInclusive", compare((c) => c >= 0));
  engine.addOperator("in", (a: unknown, list: unknown) => Array.isArray(list) && list.some((v) => same(a, v)));
  engine.addOperator("notIn", (a: unknown, list: unknown) => Array.isArray(list) && !list.some((v) => same(a, v)));
}
