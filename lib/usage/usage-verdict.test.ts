import { describe, expect, it } from "vitest";
import type { MemberUsage } from "./member-usage";
import { usageVerdict } from "./usage-verdict";

const usage = (over: Partial<MemberUsage> = {}): MemberUsage => ({
  usedSeconds: 0,
  quotaSeconds: null,
  workspaceUsedSeconds: 0,
  workspaceQuotaSeconds: null,
  resetsAt: "2026-04-01T00:00:00.000Z",
  ...over,
});

describe("usageVerdict", () => {
  it("without caps, says what the video uses and what was used", () => {
    expect(usageVerdict(usage({ usedSeconds: 8 }), 8)).toEqual({
      over: false,
      text: "Uses 8 s of video · 8 s used this month",
    });
  });

  it("with both caps, says what is left for the member and the workspace", () => {
    const u = usage({
      usedSeconds: 6,
      quotaSeconds: 60,
      workspaceUsedSeconds: 60,
      workspaceQuotaSeconds: 600,
    });
    expect(usageVerdict(u, 6)).toEqual({
      over: false,
      text: "Uses 6 s · 54 s of your 60 s left this month · workspace: 540 s left",
    });
  });

  it("a video that exactly fits is allowed; one second more is not", () => {
    const u = usage({ usedSeconds: 52, quotaSeconds: 60 });
    expect(usageVerdict(u, 8).over).toBe(false);
    expect(usageVerdict(u, 9)).toMatchObject({
      over: true,
      text: expect.stringMatching(
        /^This video needs 9 s but only 8 s of your 60 s are left this month \(renews [^)]+\)\.$/,
      ),
    });
  });

  it("names the workspace when it is the workspace's quota that would be passed", () => {
    const u = usage({ workspaceUsedSeconds: 596, workspaceQuotaSeconds: 600 });
    expect(usageVerdict(u, 10)).toMatchObject({
      over: true,
      text: expect.stringContaining("the workspace has only 4 s of its 600 s left this month"),
    });
  });

  it("a batch counts every video, and when it does not fit says how many would", () => {
    const u = usage({ usedSeconds: 40, quotaSeconds: 100 });
    expect(usageVerdict(u, 10, 4)).toEqual({
      over: false,
      text: "Uses 40 s (4 × 10 s) · 60 s of your 100 s left this month",
    });
    expect(usageVerdict(usage({ usedSeconds: 75, quotaSeconds: 100 }), 10, 4)).toMatchObject({
      over: true,
      text: expect.stringMatching(
        /^These 4 videos need 40 s but only 25 s of your 100 s are left this month, enough for 2 \(renews [^)]+\)\.$/,
      ),
    });
    expect(
      usageVerdict(usage({ workspaceUsedSeconds: 595, workspaceQuotaSeconds: 600 }), 6, 2),
    ).toMatchObject({
      over: true,
      text: expect.stringContaining(
        "the workspace has only 5 s of its 600 s left this month, not enough for one",
      ),
    });
  });
});
