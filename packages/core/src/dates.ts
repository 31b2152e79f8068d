/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, the proleptic Gregorian calendar):
 * no Date objects, no time zone. ISO strings (YYYY-MM-DD) come in and go out only at the edges,
 * through the one date grammar of the project, `parseIsoDate`.
 */
export type DayNumber = number;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The day number of a civil date (H. Hinnant's days_from_civil). */
export function dayOf(y: number, m: number, d: number): DayNumber {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number (civil_from_days). */
export function civilOf(day: DayNumber): [year: number, month: number, day: number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** The day number of a real calendar day written YYYY-MM-DD, or undefined for anything else ("2025-02-30" included). */
export function parseIsoDate(text: string): DayNumber | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y = digits(text, 0, 4);
  const mo = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return dayOf(y, mo, d);
}

/** The number written by the ASCII digits text[from, to), or -1 if any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The day number of a date already validated at the boundary. */
export function dayNumber(iso: string): DayNumber {
  const day = parseIsoDate(iso);
  if (day === undefined) throw new Error(`not a validated ISO date: ${iso}`);
  return day;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** YYYY-MM-DD of a day number. */
export function isoOf(day: DayNumber): string {
  const [y, m, d] = civilOf(day);
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function addDays(iso: string, days: number): string {
  return isoOf(dayNumber(iso) + days);
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = civilOf(dayNumber(iso));
  return isoOf(dayOf(y + years, m, Math.min(d, daysInMonth(y + years, m))));
}

/** The last day of the first of `months` (1–12) strictly after the month of `iso`. */
export function endOfNextReportMonth(iso: string, months: readonly number[]): string {
  const [y, m] = civilOf(dayNumber(iso));
  const sorted = [...months].sort((a, b) => a - b);
  const next = sorted.find((x) => x > m);
  const [year, month] = next === undefined ? [y + 1, sorted[0] as number] : [y, next];
  return isoOf(dayOf(year, month, daysInMonth(year, month)));
}
