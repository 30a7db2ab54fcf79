import { describe, expect, it } from "vitest";
import { groupByDay } from "./day-groups";

const now = new Date("2026-12-02T10:00:00Z");
const at = (iso: string) => ({ createdAt: iso });

describe("groupByDay", () => {
  it("heads today's, yesterday's and older videos, newest first", () => {
    const groups = groupByDay(
      [
        at("2026-12-02T09:00:00Z"),
        at("2026-12-02T00:10:00Z"),
        at("2026-12-01T23:00:00Z"),
        at("2026-11-20T12:00:00Z"),
        at("2025-12-24T12:00:00Z"),
      ],
      (g) => g.createdAt,
      { now, timeZone: "UTC" },
    );
    expect(groups.map((g) => [g.label, g.items.length])).toEqual([
      ["Today", 2],
      ["Yesterday", 1],
      ["Fri 20 November", 1],
      ["Wed, 24 December 2025", 1],
    ]);
  });

  it("uses the reader's time zone for where a day ends", () => {
    const groups = groupByDay([at("2026-12-02T02:00:00Z")], (g) => g.createdAt, {
      now,
      timeZone: "America/New_York",
    });
    expect(groups[0]!.label).toBe("Yesterday");
  });

  it("keeps oldest-first order, one heading per day", () => {
    const groups = groupByDay(
      [at("2026-11-30T10:00:00Z"), at("2026-12-01T10:00:00Z"), at("2026-12-02T08:00:00Z")],
      (g) => g.createdAt,
      { now, timeZone: "UTC" },
    );
    expect(groups.map((g) => g.label)).toEqual(["Mon 30 November", "Yesterday", "Today"]);
  });
});
