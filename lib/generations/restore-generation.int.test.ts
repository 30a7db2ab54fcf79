import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { restoreGeneration } from "./restore-generation";
import { createGeneration, createTeam, snapshot } from "@/lib/testing/generation-fixtures";

let t: TestDatabase;
let team: Awaited<ReturnType<typeof createTeam>>;
beforeAll(async () => {
  t = await openTestDatabase();
  team = await createTeam(t.db);
});
afterAll(() => t.close());

const HOUR = 3_600_000;
const deletedVideo = (deletedAgoMs: number) =>
  createGeneration(t.db, {
    workspaceId: team.workspaceId,
    creatorId: team.member.userId,
    deletedAt: new Date(Date.now() - deletedAgoMs),
  });
const restore = (id: string, who: { userId: string; role: "owner" | "admin" | "member" | "viewer" }) =>
  restoreGeneration({ db: t.db, workspaceId: team.workspaceId, id, ...who });

describe("restoreGeneration", () => {
  it("brings back a video deleted within the last 24 hours", async () => {
    const g = await deletedVideo(23 * HOUR);
    expect(await restore(g.id, team.member)).toEqual({ id: g.id });
    expect((await snapshot(t.db, g.id)).deletedAt).toBeNull();
    // Restoring twice is harmless.
    expect(await restore(g.id, team.member)).toEqual({ id: g.id });
  });

  it("refuses after 24 hours and leaves the video deleted", async () => {
    const g = await deletedVideo(25 * HOUR);
    await expect(restore(g.id, team.admin)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("24 hours"),
    });
    expect((await snapshot(t.db, g.id)).deletedAt).toBeInstanceOf(Date);
  });

  it("follows the delete rules: not a viewer, not another member; an admin may", async () => {
    const g = await deletedVideo(HOUR);
    const before = await snapshot(t.db, g.id);
    await expect(restore(g.id, team.viewer)).rejects.toMatchObject({ code: "forbidden" });
    await expect(restore(g.id, team.otherMember)).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshot(t.db, g.id)).toEqual(before);
    await restore(g.id, team.admin);
    expect((await snapshot(t.db, g.id)).deletedAt).toBeNull();
  });

  it("answers not_found for another workspace's video and changes nothing", async () => {
    const g = await deletedVideo(HOUR);
    const before = await snapshot(t.db, g.id);
    await expect(
      restoreGeneration({
        db: t.db,
        workspaceId: team.outsider.workspace.id,
        id: g.id,
        userId: team.outsider.user.id,
        role: "owner",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshot(t.db, g.id)).toEqual(before);
  });
});
