import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGeneration, createTeam } from "@/lib/testing/generation-fixtures";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { randomKey } from "@/lib/storage";
import { createLocalDriver } from "@/lib/storage/local-driver";
import { readSmallObject } from "@/lib/storage/read-object";
import { createStoryboard } from "./create-storyboard";
import { deleteStoryboard } from "./edit-storyboard";
import { getGenerationDetail } from "@/lib/generations/get-generation-detail";
import { shotNameAt } from "./chapters";
import { addFilmToGallery } from "./film-to-gallery";

/**
 * A storyboard's film added to the gallery: a ready video of the workspace with its own copy of
 * the file (the storyboard's film can be rebuilt or deleted), once per cut, refused before there
 * is a film. The film's build itself (ffmpeg) is in e2e/storyboards/storyboard.spec.ts.
 */
let t: TestDatabase;
let team: Awaited<ReturnType<typeof createTeam>>;
let root: string;
let storage: ReturnType<typeof createLocalDriver>;
beforeAll(async () => {
  t = await openTestDatabase();
  team = await createTeam(t.db);
  root = await mkdtemp(path.join(tmpdir(), "film-gallery-"));
  storage = createLocalDriver({ root, signingKey: new Uint8Array(32).fill(7) });
});
afterAll(async () => {
  await t.close();
  await rm(root, { recursive: true, force: true });
});

const frame = { model: "grok-imagine-video", aspectRatio: "16:9", resolution: "480p" } as const;
const deps = () => ({ db: t.db, storage, workspaceId: team.workspaceId, userId: team.member.userId });
const filmBytes = Buffer.from("a film of two shots");

/** A storyboard of two shots whose film is stored (as the film job leaves it). */
async function boardWithFilm(title: string) {
  const { id } = await createStoryboard(
    { db: t.db, workspaceId: team.workspaceId, userId: team.member.userId },
    { title, frame, script: "Dawn\n\nDusk" },
  );
  const storageKey = randomKey("films", "mp4");
  await storage.put(storageKey, filmBytes, { contentType: "video/mp4", contentLength: filmBytes.length });
  const film = await t.db.asset.create({
    data: {
      workspaceId: team.workspaceId,
      ownerId: team.member.userId,
      kind: "video",
      storageKey,
      contentType: "video/mp4",
      sizeBytes: filmBytes.length,
      checksum: "film",
      width: 848,
      height: 480,
    },
  });
  // The takes it was made from: 6 s and 5 s (the last one's length ends the film).
  const takes = await Promise.all(
    [6, 5].map((durationSec) =>
      createGeneration(t.db, { workspaceId: team.workspaceId, creatorId: team.member.userId, durationSec }),
    ),
  );
  await t.db.storyboard.update({
    where: { id },
    data: {
      filmState: "ready",
      filmTakeIds: takes.map((g) => g.id),
      filmAssetId: film.id,
      filmChapters: [
        { shotId: "a", title: "Shot 1: Dawn", startSec: 0 },
        { shotId: "b", title: "Shot 2: Dusk", startSec: 6.04 },
      ],
    },
  });
  return { id, filmAssetId: film.id };
}

describe("adding a storyboard's film to the gallery", () => {
  it("refuses, in words, before the film is made, and writes nothing", async () => {
    const { id } = await createStoryboard(
      { db: t.db, workspaceId: team.workspaceId, userId: team.member.userId },
      { title: "Unmade", frame, script: "One" },
    );
    const before = await t.db.generation.count({ where: { workspaceId: team.workspaceId } });
    await expect(addFilmToGallery(deps(), id)).rejects.toMatchObject({
      code: "conflict",
      message: "Make the film first: there is no finished film to add yet.",
    });
    expect(await t.db.generation.count({ where: { workspaceId: team.workspaceId } })).toBe(before);
  });

  it("makes a ready video with its own copy of the film, once per cut, that outlives its storyboard", async () => {
    const { id } = await boardWithFilm("Harbour");
    const first = await addFilmToGallery(deps(), id);
    expect(first.added).toBe(true);
    const again = await addFilmToGallery(deps(), id);
    expect(again).toEqual({ generationId: first.generationId, added: false });

    const video = await t.db.generation.findUniqueOrThrow({
      where: { id: first.generationId },
      include: { videoAsset: true },
    });
    expect(video).toMatchObject({
      state: "ready",
      prompt: "Harbour",
      creatorId: team.member.userId,
      durationSec: 11,
      model: frame.model,
      aspectRatio: "16:9",
      taskId: null,
    });
    // Its page names the shot of a moment: the film's chapters came with it.
    const detail = await getGenerationDetail({
      db: t.db,
      workspaceId: team.workspaceId,
      id: first.generationId,
      sign: async (key) => `/files/${key}`,
    });
    expect(detail.chapters).toEqual([
      { title: "Shot 1: Dawn", startSec: 0 },
      { title: "Shot 2: Dusk", startSec: 6.04 },
    ]);
    expect(shotNameAt(detail.chapters, 7)).toBe("Shot 2");
    // Nothing was counted: its shots were, when they were made.
    expect(await t.db.usageEvent.count({ where: { generationId: first.generationId } })).toBe(0);
    const board = await t.db.storyboard.findUniqueOrThrow({ where: { id }, include: { film: true } });
    expect(video.videoAsset!.storageKey).not.toBe(board.film!.storageKey);
    expect(video.videoAsset!.generationId).toBe(video.id);

    // The storyboard goes, its film with it: the gallery's copy still plays the same bytes.
    await t.db.asset.delete({ where: { id: board.film!.id } });
    await storage.delete(board.film!.storageKey);
    await deleteStoryboard({ db: t.db, workspaceId: team.workspaceId }, id);
    const copy = await readSmallObject(storage, video.videoAsset!.storageKey);
    expect(copy).toEqual(filmBytes);
  });

  it("brings the cut back from the bin when it is added again", async () => {
    const { id } = await boardWithFilm("Pier");
    const { generationId } = await addFilmToGallery(deps(), id);
    await t.db.generation.update({ where: { id: generationId }, data: { deletedAt: new Date() } });
    expect(await addFilmToGallery(deps(), id)).toEqual({ generationId, added: false });
    expect((await t.db.generation.findUniqueOrThrow({ where: { id: generationId } })).deletedAt).toBeNull();
  });
});
