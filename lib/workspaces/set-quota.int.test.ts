import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createTeammate, createUser } from "@/lib/testing/factories";
import { setMemberQuota } from "./set-member-quota";
import { setWorkspaceQuota } from "./set-workspace-quota";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const activities = (workspaceId: string, action: string) =>
  t.db.activityEvent.findMany({ where: { workspaceId, action }, orderBy: { createdAt: "asc" } });

describe("setMemberQuota", () => {
  it("sets and removes a member's monthly quota, recording each change", async () => {
    const admin = await createUser(t.db);
    const mate = await createTeammate(t.db, admin.workspace.id);
    const ids = { workspaceId: admin.workspace.id, actorId: admin.user.id, userId: mate.userId };
    expect(await setMemberQuota(t.db, { ...ids, seconds: 120 })).toEqual({
      userId: mate.userId,
      quotaSeconds: 120,
    });
    await setMemberQuota(t.db, { ...ids, seconds: null });
    const row = await t.db.membership.findUniqueOrThrow({ where: { userId_workspaceId: mate } });
    expect(row.monthlyQuotaSeconds).toBeNull();
    const lines = await activities(admin.workspace.id, "quota.member_set");
    expect(lines.map((l) => l.detail)).toEqual([
      { userId: mate.userId, from: null, to: 120 },
      { userId: mate.userId, from: 120, to: null },
    ]);
    expect(lines[0]!.actorId).toBe(admin.user.id);
  });

  it("answers not_found for someone outside the workspace and changes nothing", async () => {
    const admin = await createUser(t.db);
    const stranger = await createUser(t.db);
    await expect(
      setMemberQuota(t.db, {
        workspaceId: admin.workspace.id,
        actorId: admin.user.id,
        userId: stranger.user.id,
        seconds: 60,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    const theirs = await t.db.membership.findUniqueOrThrow({
      where: { userId_workspaceId: { userId: stranger.user.id, workspaceId: stranger.workspace.id } },
    });
    expect(theirs.monthlyQuotaSeconds).toBeNull();
    expect(await activities(admin.workspace.id, "quota.member_set")).toHaveLength(0);
  });

  it.each([
    [-1, "A quota cannot be negative."],
    [1.5, "Enter the quota in whole seconds."],
    [10_000_001, "A quota can be at most 10,000,000 seconds (about 115 days of video)."],
    [Number.NaN, "Enter the quota as a number of seconds, or leave it empty for no limit."],
  ])("refuses %s seconds with a plain message", async (seconds, message) => {
    const admin = await createUser(t.db);
    await expect(
      setMemberQuota(t.db, {
        workspaceId: admin.workspace.id,
        actorId: admin.user.id,
        userId: admin.user.id,
        seconds,
      }),
    ).rejects.toMatchObject({ code: "bad_request", message });
  });
});

describe("setWorkspaceQuota", () => {
  it("sets the workspace's quota (0 and 10,000,000 are allowed) and records it", async () => {
    const admin = await createUser(t.db);
    const ids = { workspaceId: admin.workspace.id, actorId: admin.user.id };
    await setWorkspaceQuota(t.db, { ...ids, seconds: 0 });
    await setWorkspaceQuota(t.db, { ...ids, seconds: 10_000_000 });
    const ws = await t.db.workspace.findUniqueOrThrow({ where: { id: admin.workspace.id } });
    expect(ws.monthlyQuotaSeconds).toBe(10_000_000);
    expect((await activities(admin.workspace.id, "quota.workspace_set")).map((l) => l.detail)).toEqual([
      { from: null, to: 0 },
      { from: 0, to: 10_000_000 },
    ]);
  });
});
