import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createTeam } from "@/lib/testing/generation-fixtures";

// The actions and the report route exactly as a browser calls them, with only the session and
// the request's headers faked.
const caller = vi.hoisted(() => ({
  userId: null as string | null,
  workspace: undefined as string | undefined,
}));
vi.mock("@/lib/auth/session", () => ({
  currentSession: async () =>
    caller.userId ? { userId: caller.userId, email: "caller@example.test", name: "Caller" } : null,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(caller.workspace ? { "x-workspace-id": caller.workspace } : {}),
}));

const { setMemberQuotaAction, setWorkspaceQuotaAction } = await import("./quota-actions");
const { GET: reportRoute } = await import("@/app/api/usage/report/route");

let t: TestDatabase;
let team: Awaited<ReturnType<typeof createTeam>>;
beforeAll(async () => {
  t = await openTestDatabase();
  globalThis.__database = { prisma: t.db } as typeof globalThis.__database;
  team = await createTeam(t.db);
});
afterAll(async () => {
  globalThis.__database = undefined;
  await t.close();
});
beforeEach(() => Object.assign(caller, { userId: null, workspace: undefined }));

const actAs = (userId: string) => Object.assign(caller, { userId, workspace: team.workspaceId });
const quotas = async () => ({
  member: (
    await t.db.membership.findUniqueOrThrow({
      where: { userId_workspaceId: { userId: team.member.userId, workspaceId: team.workspaceId } },
    })
  ).monthlyQuotaSeconds,
  workspace: (await t.db.workspace.findUniqueOrThrow({ where: { id: team.workspaceId } }))
    .monthlyQuotaSeconds,
});
const attempts = () =>
  Promise.all([
    setMemberQuotaAction({ workspaceId: team.workspaceId, userId: team.member.userId, seconds: 5 }),
    setWorkspaceQuotaAction({ workspaceId: team.workspaceId, seconds: 5 }),
  ]);

describe("quota actions, called directly", () => {
  it("let an admin set both quotas", async () => {
    actAs(team.admin.userId);
    expect(
      await setMemberQuotaAction({ workspaceId: team.workspaceId, userId: team.member.userId, seconds: 300 }),
    ).toEqual({ ok: true, data: { userId: team.member.userId, quotaSeconds: 300 } });
    expect(await setWorkspaceQuotaAction({ workspaceId: team.workspaceId, seconds: 3000 })).toMatchObject({
      ok: true,
    });
    expect(await quotas()).toEqual({ member: 300, workspace: 3000 });
  });

  it("refuse anonymous callers, members, viewers and outsiders, and change nothing", async () => {
    const before = await quotas();
    for (const r of await attempts()) expect(r).toMatchObject({ ok: false, code: "unauthorized" });
    for (const who of [team.member.userId, team.viewer.userId]) {
      actAs(who);
      for (const r of await attempts()) expect(r).toMatchObject({ ok: false, code: "forbidden" });
    }
    actAs(team.outsider.user.id);
    for (const r of await attempts()) expect(r).toMatchObject({ ok: false, code: "not_found" });
    expect(await quotas()).toEqual(before);
  });

  it("answer bad input with a human message, and another workspace's member with not_found", async () => {
    actAs(team.admin.userId);
    expect(await setWorkspaceQuotaAction({ workspaceId: team.workspaceId, seconds: 2.5 })).toMatchObject({
      ok: false,
      code: "bad_request",
      message: "Enter the quota in whole seconds.",
    });
    expect(
      await setMemberQuotaAction({
        workspaceId: team.workspaceId,
        userId: team.outsider.user.id,
        seconds: 5,
      }),
    ).toMatchObject({ ok: false, code: "not_found" });
  });
});

describe("GET /api/usage/report", () => {
  const get = (query = "") => reportRoute(new Request(`http://app.test/api/usage/report${query}`));

  it("gives an admin every member and a member only their own row", async () => {
    actAs(team.admin.userId);
    const all = await get("?month=2026-03");
    expect(all.status).toBe(200);
    const body = await all.json();
    expect(body.month).toBe("2026-03");
    expect(body.members).toHaveLength(5);

    actAs(team.member.userId);
    const own = await (await get()).json();
    expect(own.scope).toBe("member");
    expect(own.members.map((m: { userId: string }) => m.userId)).toEqual([team.member.userId]);
  });

  it("refuses a malformed month with a plain message, and anonymous callers", async () => {
    actAs(team.admin.userId);
    const bad = await get("?month=March");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain("Give the month as YYYY-MM");
    caller.userId = null;
    expect((await get()).status).toBe(401);
  });
});
