import { describe, expect, it } from "vitest";
import { addDays, addWorkingDays, addYears, calendarKnowsYear, endOfNextReportMonth } from "./dates.js";

describe("calendar arithmetic", () => {
  it("adds days across months and years", () => {
    expect(addDays("2025-05-22", 90)).toBe("2025-08-20");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
  });
  it("adds years; 29 February becomes 28 February", () => {
    expect(addYears("2024-02-29", 2)).toBe("2026-02-28");
    expect(addYears("2025-03-01", 5)).toBe("2030-03-01");
  });
});

describe("working days (art. 85) from the maintained holiday calendar", () => {
  it("skips weekends", () => {
    expect(addWorkingDays("2025-05-20", 7)).toEqual({ date: "2025-05-29", unknownYears: [] });
  });
  it("skips the Spring Festival holiday and counts the make-up Saturday", () => {
    // 2026: 15–23 February off; Saturday 14 February and Saturday 28 February are working days.
    expect(addWorkingDays("2026-02-12", 3).date).toBe("2026-02-24");
    expect(addWorkingDays("2026-02-26", 2).date).toBe("2026-02-28");
  });
  it("reports the years it has no schedule for", () => {
    expect(calendarKnowsYear(2026)).toBe(true);
    expect(calendarKnowsYear(2031)).toBe(false);
    expect(addWorkingDays("2031-03-03", 1).unknownYears).toEqual([2031]);
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
