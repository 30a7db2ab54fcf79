import { describe, expect, it } from "vitest";
import { justifyRows, ratioOf } from "./justify-rows";

const shapes = ["16:9", "9:16", "1:1", "3:2", "2:3", "4:3", "3:4"];

describe("justifyRows", () => {
  it("fills every row but the last to the exact width, one height per row", () => {
    const items = Array.from({ length: 60 }, (_, i) => shapes[(i * 3) % shapes.length]!);
    const rows = justifyRows(items, ratioOf, { width: 950, target: 190, gap: 6 });
    expect(rows.flatMap((r) => r.items)).toEqual(items);
    for (const row of rows.slice(0, -1)) {
      const width = row.items.reduce((s, a) => s + ratioOf(a) * row.height, 0) + 6 * (row.items.length - 1);
      expect(row.stretched).toBe(true);
      expect(width).toBeCloseTo(950, 6);
      // Grown, never shrunk: a card is never smaller than the target height.
      expect(row.height).toBeGreaterThanOrEqual(190);
    }
    expect(rows.at(-1)!.stretched).toBe(false);
    expect(rows.at(-1)!.height).toBe(190);
  });

  it("puts about 2–3 phone cards and 4–6 desktop cards in a row", () => {
    const items = Array.from({ length: 70 }, (_, i) => shapes[i % shapes.length]!);
    const perRow = (width: number, target: number) => {
      const rows = justifyRows(items, ratioOf, { width, target, gap: 4 }).slice(0, -1);
      return rows.reduce((s, r) => s + r.items.length, 0) / rows.length;
    };
    expect(perRow(380, 120)).toBeGreaterThanOrEqual(2);
    expect(perRow(380, 120)).toBeLessThanOrEqual(3.2);
    expect(perRow(1430, 220)).toBeGreaterThanOrEqual(4);
    expect(perRow(1430, 220)).toBeLessThanOrEqual(6.5);
  });

  it("gives a card wider than the row a row of its own", () => {
    const rows = justifyRows(["16:9", "16:9"], ratioOf, { width: 200, target: 150, gap: 4 });
    expect(rows.map((r) => r.items.length)).toEqual([1, 1]);
  });
});
