import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { setFavorite } from "./favorite-generation";
import { createGeneration, createTeam, snapshot } from "@/lib/testing/generation-fixtures";

let t: TestDatabase;
let team: Awaited<ReturnType<typeof createTeam>>;
beforeAll(async () => {
  t = await openTestDatabase();
  team = await createTeam(t.db);
});
afterAll(() => t.close());

describe("setFavorite", () => {
  it("stars and unstars a video of the workspace", async () => {
    const g = await createGeneration(t.db, { workspaceId: team.workspaceId, creatorId: team.member.userId });
    const db = t.db;
    expect(await setFavorite({ db, workspaceId: team.workspaceId, id: g.id, favorite: true })).toEqual({
      id: g.id,
      favorite: true,
    });
    expect((await snapshot(db, g.id)).favorite).toBe(true);
    await setFavorite({ db, workspaceId: team.workspaceId, id: g.id, favorite: false });
    expect((await snapshot(db, g.id)).favorite).toBe(false);
  });

  it("answers not_found for another workspace's video and leaves it unchanged", async () => {
    const g = await createGeneration(t.db, { workspaceId: team.workspaceId, creatorId: team.owner.userId });
    const before = await snapshot(t.db, g.id);
    await expect(
      setFavorite({ db: t.db, workspaceId: team.outsider.workspace.id, id: g.id, favorite: true }),
    ).rejects.toMatchObject({ name: "AppError", code: "not_found" });
    expect(await snapshot(t.db, g.id)).toEqual(before);
  });

  it("answers not_found for a deleted video and an unknown id", async () => {
    const g = await createGeneration(t.db, {
      workspaceId: team.workspaceId,
      creatorId: team.owner.userId,
      deletedAt: new Date(),
    });
    for (const id of [g.id, "no-such-id"]) {
      await expect(
        setFavorite({ db: t.db, workspaceId: team.workspaceId, id, favorite: true }),
      ).rejects.toMatchObject({ code: "not_found" });
    }
    expect((await snapshot(t.db, g.id)).favorite).toBe(false);
  });
});
