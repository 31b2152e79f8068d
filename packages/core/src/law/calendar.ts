import chineseDays from "chinese-days";
import { dayNumber, dayOf, civilOf, isoOf, weekday, type DayNumber } from "../dates.js";

/** The first year the maintained calendar (chinese-days) has the State Council's schedule for. */
const FIRST_YEAR = 2004;
/** A bound on the search for the last scheduled year. */
const LAST_YEAR_SEARCHED = 2100;

/**
 * Working days (art. 85: 不含法定节假日), with the make-up working days (调休) of the State
 * Council's yearly schedule, as one precomputed table: a flag per day of the years the maintained
 * calendar knows, built once. Years it does not know count Monday to Friday, and say so.
 */
export interface WorkCalendar {
  /** Whether `day` is a working day. */
  isWorkday(day: DayNumber): boolean;
  /** Whether the schedule of `year` is known (元旦 is always listed). */
  knowsYear(year: number): boolean;
  /** Whether the schedule of the year `day` falls in is known (the known years are one run). */
  knowsDay(day: DayNumber): boolean;
  /** The years covered and a digest of the table: part of every ruleset's content hash. */
  readonly fingerprint: string;
}

let built: WorkCalendar | undefined;

/** The calendar, built on first use and shared: it is immutable. */
export function workCalendar(): WorkCalendar {
  built ??= buildCalendar();
  return built;
}

function scheduled(year: number): boolean {
  return /元旦/.test(chineseDays.getDayDetail(`${year}-01-01`).name ?? "");
}

function buildCalendar(): WorkCalendar {
  let last = FIRST_YEAR - 1;
  while (last < LAST_YEAR_SEARCHED && scheduled(last + 1)) last++;
  const start = dayOf(FIRST_YEAR, 1, 1);
  const end = dayOf(last + 1, 1, 1);
  const flags = new Uint8Array(Math.max(0, end - start));
  for (let d = start; d < end; d++) flags[d - start] = chineseDays.isWorkday(isoOf(d)) ? 1 : 0;
  // FNV-1a over the flags: which days work is all the table says.
  let h = 0x811c9dc5;
  for (const f of flags) h = Math.imul(h ^ f, 0x01000193) >>> 0;
  const fingerprint = `chinese-days ${FIRST_YEAR}-${last} fnv1a:${h.toString(16).padStart(8, "0")}`;
  return {
    fingerprint,
    knowsYear: (year) => year >= FIRST_YEAR && year <= last,
    knowsDay: (day) => day >= start && day < end,
    isWorkday(day) {
      if (day >= start && day < end) return flags[day - start] === 1;
      const w = weekday(day);
      return w !== 0 && w !== 6;
    },
  };
}

/**
 * `days` working days after `iso`. Returns the years the calendar had no schedule for, so the
 * caller can warn: such years count Monday to Friday only.
 */
export function addWorkingDays(iso: string, days: number, calendar: WorkCalendar = workCalendar()): { date: string; unknownYears: number[] } {
  const unknown = new Set<number>();
  let d = dayNumber(iso);
  for (let n = 0; n < days; ) {
    d++;
    if (!calendar.knowsDay(d)) unknown.add(civilOf(d)[0]);
    if (calendar.isWorkday(d)) n++;
  }
  return { date: isoOf(d), unknownYears: [...unknown] };
}

/**
 * `days` calendar days after `iso`; with `roll`, a last day on a rest day moves to the next working
 * day. Returns the years the calendar had no schedule for, as `addWorkingDays` does.
 */
export function addCalendarDays(iso: string, days: number, roll: boolean, calendar: WorkCalendar = workCalendar()): { date: string; unknownYears: number[] } {
  let d = dayNumber(iso) + days;
  const unknown = new Set<number>();
  if (roll) {
    for (;;) {
      if (!calendar.knowsDay(d)) unknown.add(civilOf(d)[0]);
      if (calendar.isWorkday(d)) break;
      d++;
    }
  }
  return { date: isoOf(d), unknownYears: [...unknown] };
}
