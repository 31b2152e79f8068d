import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addYears, dayNumber, endOfNextReportMonth, isoOf, parseIsoDate, weekday } from "./dates.js";

describe("calendar arithmetic on day numbers", () => {
  it("adds days across months and years", () => {
    expect(addDays("2025-05-22", 90)).toBe("2025-08-20");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
  });
  it("adds years; 29 February becomes 28 February", () => {
    expect(addYears("2024-02-29", 2)).toBe("2026-02-28");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
    expect(addYears("2025-03-01", 5)).toBe("2030-03-01");
  });
  it("knows the weekday: 2026-11-28 is a Saturday, 1970-01-01 a Thursday", () => {
    expect(weekday(dayNumber("2026-11-28"))).toBe(6);
    expect(weekday(0)).toBe(4);
  });
  it("agrees with the platform's UTC calendar on every day from 1900 to 2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84006 }), (day) => {
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        expect(isoOf(day)).toBe(iso);
        expect(parseIsoDate(iso)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the one date grammar: YYYY-MM-DD of a real day", () => {
  it.each(["2025-02-30", "2025-02-29", "2025-13-01", "2025-00-10", "2025-1-01", " 2025-01-01", "2025-01-01T00:00:00Z", "20250101", ""])("refuses %j", (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });
  it("accepts 29 February in a leap year", () => {
    expect(parseIsoDate("2024-02-29")).toBe(dayNumber("2024-03-01") - 1);
  });
});

describe("half-yearly report of major decisions", () => {
  it("is due at the end of the first report month after the decision's month", () => {
    expect(endOfNextReportMonth("2025-06-10", [1, 7])).toBe("2025-07-31");
    expect(endOfNextReportMonth("2025-07-15", [1, 7])).toBe("2026-01-31");
    expect(endOfNextReportMonth("2025-01-05", [1, 7])).toBe("2025-07-31");
    expect(endOfNextReportMonth("2025-12-31", [7, 1])).toBe("2026-01-31");
  });
});
