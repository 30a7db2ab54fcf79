import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createTeamWorkspace, createUser } from "@/lib/testing/factories";
import { createGeneration } from "@/lib/testing/generation-fixtures";
import { changeMemberRole } from "./change-member-role";
import { createWorkspace } from "./create-workspace";
import { deleteWorkspace } from "./delete-workspace";
import { leaveWorkspace } from "./leave-workspace";
import { byPersonalThenName } from "./workspace-order";
import { removeMember } from "./remove-member";
import { switchWorkspace } from "./switch-workspace";
import { transferOwnership } from "./transfer-ownership";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const roleOf = async (userId: string, workspaceId: string) =>
  (await t.db.membership.findUnique({ where: { userId_workspaceId: { userId, workspaceId } } }))?.role ??
  null;

describe("workspaces", () => {
  it("create: a team with its creator as owner, opened for them, listed after their personal studio", async () => {
    const { user } = await createUser(t.db, { name: "Zed" });
    const team = await createWorkspace(t.db, { userId: user.id, name: "Alpha crew" });
    expect(await roleOf(user.id, team.id)).toBe("owner");
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).activeWorkspaceId).toBe(team.id);
    const list = (
      await t.db.membership.findMany({ where: { userId: user.id }, select: { role: true, workspace: true } })
    )
      .map((m) => ({ ...m.workspace, role: m.role }))
      .toSorted(byPersonalThenName);
    expect(list.map((w) => [w.name, w.personal, w.role])).toEqual([
      ["Zed's studio", true, "owner"],
      ["Alpha crew", false, "owner"],
    ]);
    const activity = await t.db.activityEvent.findMany({ where: { workspaceId: team.id } });
    expect(activity.map((a) => a.action)).toEqual(["workspace.created"]);
  });

  it("switch: only into a workspace one is in (404 otherwise, nothing changed)", async () => {
    const team = await createTeamWorkspace(t.db);
    await switchWorkspace(t.db, { userId: team.member.userId, workspaceId: team.workspaceId });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: team.member.userId } })).activeWorkspaceId).toBe(
      team.workspaceId,
    );
    const before = await t.db.user.findUniqueOrThrow({ where: { id: team.outsider.user.id } });
    await expect(
      switchWorkspace(t.db, { userId: team.outsider.user.id, workspaceId: team.workspaceId }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: team.outsider.user.id } })).toEqual(before);
  });

  it("the last owner can neither leave nor be demoted; with a second owner, one may", async () => {
    const team = await createTeamWorkspace(t.db);
    const owner = { userId: team.owner.userId, role: "owner" as const };
    await expect(
      leaveWorkspace(t.db, { userId: owner.userId, workspaceId: team.workspaceId }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      changeMemberRole(t.db, {
        workspaceId: team.workspaceId,
        actor: owner,
        userId: owner.userId,
        role: "admin",
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await roleOf(owner.userId, team.workspaceId)).toBe("owner");

    await changeMemberRole(t.db, {
      workspaceId: team.workspaceId,
      actor: owner,
      userId: team.admin.userId,
      role: "owner",
    });
    await leaveWorkspace(t.db, { userId: owner.userId, workspaceId: team.workspaceId });
    expect(await roleOf(owner.userId, team.workspaceId)).toBeNull();
  });

  it("two owners demoting each other at once: one stays owner", async () => {
    const team = await createTeamWorkspace(t.db);
    const a = { userId: team.owner.userId, role: "owner" as const };
    await changeMemberRole(t.db, {
      workspaceId: team.workspaceId,
      actor: a,
      userId: team.admin.userId,
      role: "owner",
    });
    const b = { userId: team.admin.userId, role: "owner" as const };
    await Promise.allSettled([
      changeMemberRole(t.db, { workspaceId: team.workspaceId, actor: a, userId: b.userId, role: "member" }),
      changeMemberRole(t.db, { workspaceId: team.workspaceId, actor: b, userId: a.userId, role: "member" }),
    ]);
    expect(await t.db.membership.count({ where: { workspaceId: team.workspaceId, role: "owner" } })).toBe(1);
  });

  it("admins manage viewers and members only; owners manage admins", async () => {
    const team = await createTeamWorkspace(t.db);
    const admin = { userId: team.admin.userId, role: "admin" as const };
    await changeMemberRole(t.db, {
      workspaceId: team.workspaceId,
      actor: admin,
      userId: team.member.userId,
      role: "viewer",
    });
    expect(await roleOf(team.member.userId, team.workspaceId)).toBe("viewer");
    await expect(
      changeMemberRole(t.db, {
        workspaceId: team.workspaceId,
        actor: admin,
        userId: team.viewer.userId,
        role: "admin",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      changeMemberRole(t.db, {
        workspaceId: team.workspaceId,
        actor: admin,
        userId: team.owner.userId,
        role: "member",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      removeMember(t.db, { workspaceId: team.workspaceId, actor: admin, userId: team.owner.userId }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      changeMemberRole(t.db, {
        workspaceId: team.workspaceId,
        actor: admin,
        userId: admin.userId,
        role: "owner",
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await roleOf(team.viewer.userId, team.workspaceId)).toBe("viewer");
    expect(await roleOf(admin.userId, team.workspaceId)).toBe("admin");

    const owner = { userId: team.owner.userId, role: "owner" as const };
    await changeMemberRole(t.db, {
      workspaceId: team.workspaceId,
      actor: owner,
      userId: admin.userId,
      role: "member",
    });
    expect(await roleOf(admin.userId, team.workspaceId)).toBe("member");
  });

  it("a removed member's videos stay in the workspace, credited to them", async () => {
    const team = await createTeamWorkspace(t.db);
    const g = await createGeneration(t.db, { workspaceId: team.workspaceId, creatorId: team.member.userId });
    await t.db.user.update({
      where: { id: team.member.userId },
      data: { activeWorkspaceId: team.workspaceId },
    });
    await removeMember(t.db, {
      workspaceId: team.workspaceId,
      actor: { userId: team.admin.userId, role: "admin" },
      userId: team.member.userId,
    });
    expect(await roleOf(team.member.userId, team.workspaceId)).toBeNull();
    const kept = await t.db.generation.findUniqueOrThrow({ where: { id: g.id }, include: { creator: true } });
    expect(kept.workspaceId).toBe(team.workspaceId);
    expect(kept.creator.name).toBe("Mia Member");
    // They open their personal studio next time, not the team they left.
    expect(
      (await t.db.user.findUniqueOrThrow({ where: { id: team.member.userId } })).activeWorkspaceId,
    ).toBeNull();
    const activity = await t.db.activityEvent.findFirstOrThrow({
      where: { workspaceId: team.workspaceId, action: "member.removed" },
    });
    expect(activity).toMatchObject({ actorId: team.admin.userId, subject: "Mia Member" });
  });

  it("transfer: the new owner owns it, the old one stays on as admin", async () => {
    const team = await createTeamWorkspace(t.db);
    await transferOwnership(t.db, {
      workspaceId: team.workspaceId,
      fromUserId: team.owner.userId,
      toUserId: team.member.userId,
    });
    expect(await roleOf(team.member.userId, team.workspaceId)).toBe("owner");
    expect(await roleOf(team.owner.userId, team.workspaceId)).toBe("admin");
    await expect(
      transferOwnership(t.db, {
        workspaceId: team.workspaceId,
        fromUserId: team.member.userId,
        toUserId: team.outsider.user.id,
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("delete: needs the name, never a personal studio, never while a video is being made", async () => {
    const team = await createTeamWorkspace(t.db);
    const solo = await createUser(t.db);
    await expect(
      deleteWorkspace(t.db, { workspaceId: solo.workspace.id, confirmName: solo.workspace.name }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      deleteWorkspace(t.db, { workspaceId: team.workspaceId, confirmName: "wrong" }),
    ).rejects.toMatchObject({
      code: "bad_request",
    });
    const running = await createGeneration(t.db, {
      workspaceId: team.workspaceId,
      creatorId: team.member.userId,
      state: "running",
    });
    await expect(
      deleteWorkspace(t.db, { workspaceId: team.workspaceId, confirmName: team.name }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await t.db.workspace.count({ where: { id: team.workspaceId } })).toBe(1);
    await t.db.generation.update({ where: { id: running.id }, data: { state: "ready" } });
    await deleteWorkspace(t.db, { workspaceId: team.workspaceId, confirmName: team.name });
    expect(await t.db.workspace.count({ where: { id: team.workspaceId } })).toBe(0);
    expect(await t.db.generation.count({ where: { id: running.id } })).toBe(0);
  });

  it("a personal studio cannot be left", async () => {
    const solo = await createUser(t.db);
    await expect(
      leaveWorkspace(t.db, { userId: solo.user.id, workspaceId: solo.workspace.id }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
  });
});
