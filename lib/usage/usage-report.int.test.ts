import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createGeneration, createTeam } from "@/lib/testing/generation-fixtures";
import { createTeammate } from "@/lib/testing/factories";
import { usageReport } from "./usage-report";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const at = (iso: string) => new Date(iso);

/** A team with March usage: the member spent 16 s and got 6 back; the admin spent 10 s; February is history. */
async function teamWithUsage() {
  const team = await createTeam(t.db);
  const { workspaceId } = team;
  await t.db.workspace.update({ where: { id: workspaceId }, data: { monthlyQuotaSeconds: 600 } });
  await t.db.membership.update({
    where: { userId_workspaceId: { userId: team.member.userId, workspaceId } },
    data: { monthlyQuotaSeconds: 60 },
  });
  const failed = await createGeneration(t.db, {
    workspaceId,
    creatorId: team.member.userId,
    state: "rejected",
    createdAt: at("2026-03-04T23:59:00Z"),
  });
  const spend = (
    userId: string,
    kind: "requested" | "refunded" | "produced",
    seconds: number,
    createdAt: string,
    generationId?: string,
  ) => ({ workspaceId, userId, kind, seconds, createdAt: at(createdAt), generationId });
  await t.db.usageEvent.createMany({
    data: [
      spend(team.member.userId, "requested", 10, "2026-03-02T10:00:00Z"),
      spend(team.member.userId, "requested", 6, "2026-03-04T23:59:00Z", failed.id),
      // Refunded after midnight: still drawn on the 4th, the day the video was requested.
      spend(team.member.userId, "refunded", 6, "2026-03-05T00:01:00Z", failed.id),
      spend(team.member.userId, "produced", 10, "2026-03-02T10:05:00Z"),
      spend(team.admin.userId, "requested", 10, "2026-03-05T08:00:00Z"),
      spend(team.admin.userId, "requested", 15, "2026-02-27T08:00:00Z"),
    ],
  });
  return team;
}

describe("usageReport", () => {
  it("gives an admin every member's seconds, the refunds, a bar per day and the workspace's totals", async () => {
    const team = await teamWithUsage();
    const report = await usageReport(t.db, {
      workspaceId: team.workspaceId,
      viewer: team.admin,
      now: at("2026-03-20T00:00:00Z"),
    });
    expect(report.month).toBe("2026-03");
    expect(report.scope).toBe("workspace");
    expect(report.members.map((m) => m.name)).toEqual(["Owner", "Admin", "Member", "Other member", "Viewer"]);
    const member = report.members.find((m) => m.userId === team.member.userId)!;
    expect(member).toMatchObject({
      role: "member",
      requestedSeconds: 16,
      refundedSeconds: 6,
      usedSeconds: 10,
      quotaSeconds: 60,
      generations: 2,
      refundedGenerations: 1,
    });
    expect(report.members.find((m) => m.userId === team.admin.userId)).toMatchObject({
      usedSeconds: 10,
      quotaSeconds: null,
    });
    expect(report.workspace).toEqual({
      requestedSeconds: 26,
      refundedSeconds: 6,
      usedSeconds: 20,
      quotaSeconds: 600,
      generations: 3,
      refundedGenerations: 1,
      // No prices in this workspace: nothing in money.
      costMicros: 0,
    });
    expect(report.priced).toBe(false);
    expect(report.days).toHaveLength(31);
    const day = (d: string) => report.days.find((x) => x.day === d)?.seconds;
    expect([day("2026-03-02"), day("2026-03-04"), day("2026-03-05")]).toEqual([10, 0, 10]);
    expect(report.days.reduce((s, d) => s + d.seconds, 0)).toBe(report.workspace.usedSeconds);
  });

  it("shows a member only their own row and chart, with the workspace's totals", async () => {
    const team = await teamWithUsage();
    const report = await usageReport(t.db, {
      workspaceId: team.workspaceId,
      viewer: team.member,
      month: "2026-03",
    });
    expect(report.scope).toBe("member");
    expect(report.members.map((m) => m.userId)).toEqual([team.member.userId]);
    expect(report.days.reduce((s, d) => s + d.seconds, 0)).toBe(10);
    expect(report.workspace.usedSeconds).toBe(20);
  });

  it("reports another month when asked, and keeps the seconds of someone who has left", async () => {
    const team = await teamWithUsage();
    const leaver = await createTeammate(t.db, team.workspaceId);
    await t.db.usageEvent.create({
      data: { ...leaver, kind: "requested", seconds: 7, createdAt: at("2026-02-10T00:00:00Z") },
    });
    await t.db.membership.delete({ where: { userId_workspaceId: leaver } });
    const report = await usageReport(t.db, {
      workspaceId: team.workspaceId,
      viewer: team.owner,
      month: "2026-02",
    });
    expect(report.days).toHaveLength(28);
    expect(report.workspace.usedSeconds).toBe(22);
    expect(report.members.find((m) => m.userId === leaver.userId)).toMatchObject({
      role: null,
      usedSeconds: 7,
    });
    expect(report.members.reduce((s, m) => s + m.usedSeconds, 0)).toBe(22);
  });
});
