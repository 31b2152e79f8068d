import chineseDays from "chinese-days";
import { describe, expect, it } from "vitest";
import { addCalendarDays, addWorkingDays, workCalendar } from "./calendar.js";
import { civilOf, dayNumber, isoOf } from "../dates.js";

describe("working days (art. 85) from the maintained holiday calendar", () => {
  it("skips weekends", () => {
    expect(addWorkingDays("2025-05-20", 7)).toEqual({ date: "2025-05-29", unknownYears: [] });
  });
  it("skips the Spring Festival holiday and counts the make-up Saturday", () => {
    // 2026: 15–23 February off; Saturday 14 February and Saturday 28 February are working days.
    expect(addWorkingDays("2026-02-12", 3).date).toBe("2026-02-24");
    expect(addWorkingDays("2026-02-26", 2).date).toBe("2026-02-28");
  });
  it("counts calendar days, and moves a last day on a rest day to the next working day when asked", () => {
    expect(addCalendarDays("2026-03-02", 7, true).date).toBe("2026-03-09");
    // 2026-09-26 + 7 = 3 October, inside the National Day holiday: the next working day is 9 October? No: the calendar says.
    const rolled = addCalendarDays("2026-09-26", 7, true).date;
    expect(rolled > "2026-10-03").toBe(true);
    expect(workCalendar().isWorkday(dayNumber(rolled))).toBe(true);
    for (let d = dayNumber("2026-10-03"); d < dayNumber(rolled); d++) expect(workCalendar().isWorkday(d)).toBe(false);
    expect(addCalendarDays("2026-09-26", 7, false).date).toBe("2026-10-03");
  });
  it("reports the years it has no schedule for", () => {
    expect(workCalendar().knowsYear(2026)).toBe(true);
    expect(workCalendar().knowsYear(2031)).toBe(false);
    expect(addWorkingDays("2031-03-03", 1).unknownYears).toEqual([2031]);
  });
  it("knows a day exactly when it knows the day's year, every day from 2000 to 2040", () => {
    const calendar = workCalendar();
    for (let d = dayNumber("2000-01-01"); d <= dayNumber("2040-12-31"); d++) expect(calendar.knowsDay(d)).toBe(calendar.knowsYear(civilOf(d)[0]));
  });
  it("the precomputed table says what chinese-days says, every day from 2003 to 2032", () => {
    const calendar = workCalendar();
    const wrong: string[] = [];
    for (let d = dayNumber("2003-01-01"); d <= dayNumber("2032-12-31"); d++) {
      if (calendar.isWorkday(d) !== chineseDays.isWorkday(isoOf(d))) wrong.push(isoOf(d));
    }
    expect(wrong).toEqual([]);
  });
  it("has a fingerprint naming the years it covers, for the content hash", () => {
    expect(workCalendar().fingerprint).toMatch(/^chinese-days 2004-20\d\d fnv1a:[0-9a-f]{8}$/);
  });
});
