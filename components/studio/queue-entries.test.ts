import { describe, expect, it } from "vitest";
import type { ListedGeneration } from "@/hooks/use-generations";
import { batchSummary, queueEntries } from "./queue-entries";

const g = (
  id: string,
  batch: { id: string; index: number; size: number } | null,
  more: Partial<ListedGeneration> = {},
) => ({ id, batch, queue: null, submittedAt: null, ...more }) as unknown as ListedGeneration;

describe("queueEntries", () => {
  it("makes one entry per batch where its first variation stands, the variations in order", () => {
    const b = (index: number) => ({ id: "b1", index, size: 4 });
    const entries = queueEntries([
      g("x", null),
      g("b-3", b(3)),
      g("y", null),
      g("b-1", b(1)),
      g("b-2", b(2)),
    ]);
    expect(entries.map((e) => (e.kind === "one" ? e.generation.id : e.items.map((i) => i.id)))).toEqual([
      "x",
      ["b-1", "b-2", "b-3"],
      "y",
    ]);
  });
});

describe("batchSummary", () => {
  it("says in one line how many run, wait, are being sent and are done", () => {
    const b = (index: number) => ({ id: "b1", index, size: 4 });
    const running = { submittedAt: "2026-12-07T10:00:00Z" };
    const waiting = { queue: { position: 2, cap: 5 } };
    expect(
      batchSummary(
        [g("1", b(1), running), g("2", b(2), running), g("3", b(3), waiting), g("4", b(4), waiting)],
        4,
      ),
    ).toBe("4 variations · 2 running · 2 in line");
    expect(batchSummary([g("3", b(3)), g("4", b(4), running)], 4)).toBe(
      "4 variations · 1 running · 1 being sent · 2 done",
    );
  });
});
