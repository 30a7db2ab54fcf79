import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createGeneration, createTeam } from "@/lib/testing/generation-fixtures";
import { deleteGenerations } from "./delete-generations";
import { restoreGenerations } from "./restore-generations";
import { setFavorites } from "./favorite-generations";
import { zipEntries } from "./zip-entries";

let t: TestDatabase;
let team: Awaited<ReturnType<typeof createTeam>>;
beforeAll(async () => {
  t = await openTestDatabase();
  team = await createTeam(t.db);
});
afterAll(() => t.close());

const videoBy = (creatorId: string) => createGeneration(t.db, { workspaceId: team.workspaceId, creatorId });
const deletedAt = async (ids: string[]) =>
  (await t.db.generation.findMany({ where: { id: { in: ids } }, select: { deletedAt: true } })).map(
    (r) => r.deletedAt,
  );

describe("bulk verbs", () => {
  it("deletes a member's own selection at once, and one restore brings all of it back", async () => {
    const a = await videoBy(team.member.userId);
    const b = await videoBy(team.member.userId);
    const now = new Date();
    const done = await deleteGenerations({
      db: t.db,
      workspaceId: team.workspaceId,
      ids: [a.id, b.id],
      ...team.member,
      now,
    });
    expect(done.ids.sort()).toEqual([a.id, b.id].sort());
    expect(await deletedAt([a.id, b.id])).toEqual([now, now]);
    await restoreGenerations({ db: t.db, workspaceId: team.workspaceId, ids: done.ids, ...team.member });
    expect(await deletedAt([a.id, b.id])).toEqual([null, null]);
  });

  it("refuses the whole selection when one video is someone else's, deleting nothing", async () => {
    const mine = await videoBy(team.member.userId);
    const theirs = await videoBy(team.owner.userId);
    await expect(
      deleteGenerations({
        db: t.db,
        workspaceId: team.workspaceId,
        ids: [mine.id, theirs.id],
        ...team.member,
      }),
    ).rejects.toMatchObject({ code: "forbidden", message: expect.stringContaining("Nothing was deleted") });
    expect(await deletedAt([mine.id, theirs.id])).toEqual([null, null]);
    // An admin may delete anyone's.
    const done = await deleteGenerations({
      db: t.db,
      workspaceId: team.workspaceId,
      ids: [mine.id, theirs.id],
      ...team.admin,
    });
    expect(done.ids).toHaveLength(2);
  });

  it("refuses a viewer", async () => {
    const g = await videoBy(team.member.userId);
    await expect(
      deleteGenerations({ db: t.db, workspaceId: team.workspaceId, ids: [g.id], ...team.viewer }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("stars and unstars a selection, and changes nothing if one is not in this workspace", async () => {
    const a = await videoBy(team.member.userId);
    const b = await videoBy(team.owner.userId);
    await setFavorites({ db: t.db, workspaceId: team.workspaceId, ids: [a.id, b.id], favorite: true });
    const stars = () =>
      t.db.generation.findMany({ where: { id: { in: [a.id, b.id] } }, select: { favorite: true } });
    expect(await stars()).toEqual([{ favorite: true }, { favorite: true }]);
    await expect(
      setFavorites({ db: t.db, workspaceId: team.workspaceId, ids: [a.id, "elsewhere"], favorite: false }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await stars()).toEqual([{ favorite: true }, { favorite: true }]);
  });

  it("zips only ready videos in storage, named after their prompts", async () => {
    const stored = await videoBy(team.member.userId);
    const asset = await t.db.asset.create({
      data: {
        workspaceId: team.workspaceId,
        kind: "video",
        storageKey: `videos/2026/01/${"a".repeat(32)}.mp4`,
        contentType: "video/mp4",
        sizeBytes: 10,
        checksum: "x",
        generationId: stored.id,
      },
    });
    await t.db.generation.update({
      where: { id: stored.id },
      data: { state: "ready", videoAssetId: asset.id, prompt: "A kite at dusk" },
    });
    const notStored = await videoBy(team.member.userId);
    const entries = await zipEntries({
      db: t.db,
      workspaceId: team.workspaceId,
      ids: [stored.id, notStored.id],
    });
    expect(entries).toEqual([
      { name: expect.stringMatching(/^a-kite-at-dusk-[a-z0-9]{4}\.mp4$/), storageKey: asset.storageKey },
    ]);
    await expect(
      zipEntries({ db: t.db, workspaceId: team.workspaceId, ids: [notStored.id] }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      zipEntries({ db: t.db, workspaceId: team.workspaceId, ids: ["nope"] }),
    ).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
