import { describe, expect, it } from "vitest";
import { dailySeries } from "./daily-series";
import { daysOf, monthRange } from "./usage-month";

describe("dailySeries", () => {
  it("has one entry per day of the month, leap years included", () => {
    expect(dailySeries("2028-02", [])).toHaveLength(29);
    expect(dailySeries("2026-02", [])).toHaveLength(28);
    expect(dailySeries("2026-12", []).at(-1)).toEqual({ day: "2026-12-31", seconds: 0, costMicros: 0 });
  });

  it("nets refunds (seconds and money) out of the day they belong to and ignores other kinds", () => {
    const series = dailySeries("2026-03", [
      { day: "2026-03-01", kind: "requested", seconds: 16, costMicros: 800_000 },
      { day: "2026-03-01", kind: "refunded", seconds: 6, costMicros: 300_000 },
      { day: "2026-03-02", kind: "produced", seconds: 8 },
      { day: "2026-03-31", kind: "requested", seconds: 5 },
    ]);
    expect(series[0]).toEqual({ day: "2026-03-01", seconds: 10, costMicros: 500_000 });
    expect(series[1]).toEqual({ day: "2026-03-02", seconds: 0, costMicros: 0 });
    expect(series[30]).toEqual({ day: "2026-03-31", seconds: 5, costMicros: 0 });
    expect(series.reduce((s, d) => s + d.seconds, 0)).toBe(15);
  });

  it("ignores rows outside the month", () => {
    expect(
      dailySeries("2026-03", [{ day: "2026-04-01", kind: "requested", seconds: 9 }]).some((d) => d.seconds),
    ).toBe(false);
  });
});

describe("monthRange", () => {
  it("spans the UTC month, December into January", () => {
    expect(monthRange("2026-12")).toEqual({
      from: new Date("2026-12-01T00:00:00Z"),
      to: new Date("2027-01-01T00:00:00Z"),
    });
    expect(daysOf("2026-04")[0]).toBe("2026-04-01");
  });

  it("refuses what is not a month", () => {
    expect(() => monthRange("2026-13")).toThrow(RangeError);
    expect(() => monthRange("26-01")).toThrow(RangeError);
  });
});
