import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { deleteGeneration } from "./delete-generation";
import { createGeneration, createTeam, snapshot } from "@/lib/testing/generation-fixtures";

let t: TestDatabase;
let team: Awaited<ReturnType<typeof createTeam>>;
beforeAll(async () => {
  t = await openTestDatabase();
  team = await createTeam(t.db);
});
afterAll(() => t.close());

const memberVideo = () =>
  createGeneration(t.db, { workspaceId: team.workspaceId, creatorId: team.member.userId });
const remove = (
  id: string,
  who: { userId: string; role: "owner" | "admin" | "member" | "viewer" },
  now?: Date,
) => deleteGeneration({ db: t.db, workspaceId: team.workspaceId, id, ...who, ...(now ? { now } : {}) });

describe("deleteGeneration", () => {
  it("lets a member soft-delete their own video, with a 24 h undo window", async () => {
    const g = await memberVideo();
    const now = new Date("2026-03-01T10:00:00Z");
    expect(await remove(g.id, team.member, now)).toEqual({
      id: g.id,
      deletedAt: "2026-03-01T10:00:00.000Z",
      restorableUntil: "2026-03-02T10:00:00.000Z",
    });
    expect(await t.db.generation.findUnique({ where: { id: g.id } })).toMatchObject({ deletedAt: now });
  });

  it("answers a second delete alike without extending the undo window", async () => {
    const g = await memberVideo();
    const first = await remove(g.id, team.member, new Date("2026-03-01T10:00:00Z"));
    expect(await remove(g.id, team.member, new Date("2026-03-01T12:00:00Z"))).toEqual(first);
  });

  it("refuses a viewer, and a member deleting someone else's video; nothing changes", async () => {
    const g = await memberVideo();
    const before = await snapshot(t.db, g.id);
    await expect(remove(g.id, team.viewer)).rejects.toMatchObject({ code: "forbidden" });
    await expect(remove(g.id, team.otherMember)).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshot(t.db, g.id)).toEqual(before);
  });

  it("lets admins and owners delete anyone's video", async () => {
    for (const who of [team.admin, team.owner]) {
      const g = await memberVideo();
      await remove(g.id, who);
      expect((await snapshot(t.db, g.id)).deletedAt).toBeInstanceOf(Date);
    }
  });

  it("answers not_found for another workspace's video, even to its owner role, and changes nothing", async () => {
    const g = await memberVideo();
    const before = await snapshot(t.db, g.id);
    await expect(
      deleteGeneration({
        db: t.db,
        workspaceId: team.outsider.workspace.id,
        id: g.id,
        userId: team.outsider.user.id,
        role: "owner",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(remove("no-such-id", team.owner)).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshot(t.db, g.id)).toEqual(before);
  });
});
