import { describe, expect, it } from "vitest";
import type { GenerationDto } from "@/lib/generations/dto";
import { batchCompareLinks, compareChoice } from "./compare-choice";

const video = (id: string, extra: Partial<GenerationDto> = {}) =>
  ({ id, phase: "playable", videoUrl: `/v/${id}.mp4`, batch: null, ...extra }) as GenerationDto;

describe("compareChoice", () => {
  it("links 2 to 4 finished videos, in the order given", () => {
    expect(compareChoice([video("a"), video("b")])).toEqual({ ok: true, href: "/compare?ids=a,b" });
    expect(compareChoice(["d", "c", "b", "a"].map((id) => video(id)))).toEqual({
      ok: true,
      href: "/compare?ids=d,c,b,a",
    });
  });

  it("says why when there are too few or too many", () => {
    expect(compareChoice([])).toEqual({ ok: false, reason: "Select 2 to 4 videos to compare them." });
    expect(compareChoice([video("a")])).toEqual({
      ok: false,
      reason: "Select 2 to 4 videos to compare them (1 selected).",
    });
    expect(compareChoice(["a", "b", "c", "d", "e"].map((id) => video(id)))).toMatchObject({
      reason: "Select 2 to 4 videos to compare them (5 selected).",
    });
  });

  it("says why when some are not finished", () => {
    expect(
      compareChoice([
        video("a"),
        video("b", { phase: "active", videoUrl: null }),
        video("c", { phase: "failed" }),
      ]),
    ).toEqual({
      ok: false,
      reason: "Only finished videos can be compared: 2 of these are still being made or failed.",
    });
  });
});

describe("batchCompareLinks", () => {
  const of = (batch: string, index: number, size: number, extra: Partial<GenerationDto> = {}) =>
    video(`${batch}${index}`, { batch: { id: batch, index, size }, ...extra });

  it("links a whole, finished batch of 2 or 4 in batch order", () => {
    const links = batchCompareLinks([
      of("x", 2, 2),
      video("single"),
      of("x", 1, 2),
      of("y", 3, 4),
      of("y", 1, 4),
    ]);
    expect(links.get("x")).toBe("/compare?ids=x1,x2");
    // Half of batch y is not on this page (or not loaded yet): no link.
    expect(links.has("y")).toBe(false);
  });

  it("leaves out a batch with a video still being made", () => {
    const links = batchCompareLinks([of("z", 1, 2), of("z", 2, 2, { phase: "active", videoUrl: null })]);
    expect(links.size).toBe(0);
  });
});
