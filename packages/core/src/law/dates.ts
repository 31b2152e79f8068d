import chineseDays from "chinese-days";

/** Calendar arithmetic on ISO dates (YYYY-MM-DD), in UTC so no time zone moves a day. */
function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
function toIso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = toDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(iso: string, years: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + years, m, 0)).getUTCDate();
  return toIso(new Date(Date.UTC(y + years, m - 1, Math.min(d, last))));
}

const knownYears = new Map<number, boolean>();

/** Whether the holiday calendar has the official schedule for that year (元旦 is always listed). */
export function calendarKnowsYear(year: number): boolean {
  let known = knownYears.get(year);
  if (known === undefined) {
    known = /元旦/.test(chineseDays.getDayDetail(`${year}-01-01`).name ?? "");
    knownYears.set(year, known);
  }
  return known;
}

/**
 * `days` working days after `iso` (art. 85: 不含法定节假日), counting make-up working days
 * (调休) from the maintained calendar. Returns the years the calendar had no schedule for, so
 * the caller can warn: such years count Monday to Friday only.
 */
export function addWorkingDays(iso: string, days: number): { date: string; unknownYears: number[] } {
  const unknown = new Set<number>();
  let d = iso;
  for (let n = 0; n < days; ) {
    d = addDays(d, 1);
    const year = Number(d.slice(0, 4));
    if (!calendarKnowsYear(year)) unknown.add(year);
    if (chineseDays.isWorkday(d)) n++;
  }
  return { date: d, unknownYears: [...unknown] };
}

/** The last day of the first of `months` (1–12) strictly after the month of `iso`. */
export function endOfNextReportMonth(iso: string, months: readonly number[]): string {
  const [y, m] = iso.split("-").map(Number) as [number, number];
  const sorted = [...months].sort((a, b) => a - b);
  const next = sorted.find((x) => x > m);
  const [year, month] = next === undefined ? [y + 1, sorted[0] as number] : [y, next];
  return toIso(new Date(Date.UTC(year, month, 0)));
}
