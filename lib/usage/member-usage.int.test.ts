import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createTeammate, createUser } from "@/lib/testing/factories";
import { memberUsage } from "./member-usage";

let t: TestDatabase;
const now = new Date("2026-03-31T12:00:00Z");
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

describe("memberUsage", () => {
  it("counts this month's requested seconds minus refunds, against the member's cap", async () => {
    const me = await createUser(t.db);
    const other = await createUser(t.db);
    const ids = { workspaceId: me.workspace.id, userId: me.user.id };
    await t.db.membership.update({
      where: { userId_workspaceId: ids },
      data: { monthlyQuotaSeconds: 120 },
    });
    await t.db.usageEvent.createMany({
      data: [
        { ...ids, kind: "requested", seconds: 10, createdAt: new Date("2026-03-02T00:00:00Z") },
        { ...ids, kind: "requested", seconds: 8, createdAt: new Date("2026-03-30T00:00:00Z") },
        { ...ids, kind: "refunded", seconds: 8, createdAt: new Date("2026-03-30T00:01:00Z") },
        { ...ids, kind: "produced", seconds: 10, createdAt: new Date("2026-03-02T00:01:00Z") },
        // Last month, and someone else: neither counts.
        { ...ids, kind: "requested", seconds: 15, createdAt: new Date("2026-02-28T23:59:00Z") },
        {
          workspaceId: other.workspace.id,
          userId: other.user.id,
          kind: "requested",
          seconds: 15,
          createdAt: new Date("2026-03-10T00:00:00Z"),
        },
      ],
    });
    expect(await memberUsage(t.db, { ...ids, now })).toEqual({
      usedSeconds: 10,
      quotaSeconds: 120,
      workspaceUsedSeconds: 10,
      workspaceQuotaSeconds: null,
      resetsAt: "2026-04-01T00:00:00.000Z",
    });
  });

  it("says there is no cap when the member has none", async () => {
    const me = await createUser(t.db);
    expect(await memberUsage(t.db, { workspaceId: me.workspace.id, userId: me.user.id, now })).toEqual({
      usedSeconds: 0,
      quotaSeconds: null,
      workspaceUsedSeconds: 0,
      workspaceQuotaSeconds: null,
      resetsAt: "2026-04-01T00:00:00.000Z",
    });
  });

  it("adds the whole workspace's seconds and its cap, teammates included", async () => {
    const me = await createUser(t.db);
    const mate = await createTeammate(t.db, me.workspace.id);
    await t.db.workspace.update({ where: { id: me.workspace.id }, data: { monthlyQuotaSeconds: 600 } });
    const at = new Date("2026-03-15T00:00:00Z");
    await t.db.usageEvent.createMany({
      data: [
        { workspaceId: me.workspace.id, userId: me.user.id, kind: "requested", seconds: 6, createdAt: at },
        { ...mate, kind: "requested", seconds: 10, createdAt: at },
        { ...mate, kind: "refunded", seconds: 10, createdAt: at },
        { ...mate, kind: "requested", seconds: 15, createdAt: at },
      ],
    });
    expect(await memberUsage(t.db, { workspaceId: me.workspace.id, userId: me.user.id, now })).toMatchObject({
      usedSeconds: 6,
      workspaceUsedSeconds: 21,
      workspaceQuotaSeconds: 600,
    });
  });
});
