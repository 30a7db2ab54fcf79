import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { newKey, settings, startLifecycleHarness } from "@/lib/testing/lifecycle-harness";
import { createStorage } from "@/lib/storage/create-storage";
import { isLocalDriver } from "@/lib/storage/types";
import { getGeneration } from "./list-generations";
import { mirrorVideo, type MirrorDeps } from "./mirror-video";
import { reconcilePendingGenerations } from "./reconcile";
import { submitGeneration } from "./submit-generation";

let t: TestDatabase;
let h: Awaited<ReturnType<typeof startLifecycleHarness>>;
let dir: string;
beforeAll(async () => {
  t = await openTestDatabase();
  h = await startLifecycleHarness(t.db, { taskDurationMs: 100 });
  dir = mkdtempSync(path.join(os.tmpdir(), "mirror-test-"));
});
afterAll(async () => {
  await h.close();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const storage = () =>
  createStorage({ driver: "local", dataDir: dir, secret: "mirror-test-secret-mirror-test-secret" });
const policy = (allowedHosts: string[]) => ({
  allowedHosts,
  allowHttp: true,
  allowPrivateNetwork: true,
  maxBytes: 10e6,
  timeoutMs: 5_000,
});
const simHost = () => new URL(h.sim.url).host;
/** One reconciler pass that copies finished videos with these mirror settings. */
const reconcileWith = (mirror: Omit<MirrorDeps, "db">) =>
  reconcilePendingGenerations({
    db: t.db,
    grok: h.grok,
    owner: "mirror-test",
    timeoutMs: 60_000,
    mirror: (g) => mirrorVideo({ db: t.db, ...mirror }, g),
  });
const signVideoUrl = (key: string) => storage().signedUrl(key, { expiresInSeconds: 600 });

async function finishedGeneration() {
  const member = await h.member();
  const { generationId } = await submitGeneration(h.deps({ appUrl: undefined }), {
    ...member,
    idempotencyKey: newKey(),
    settings: settings(),
  });
  await new Promise((r) => setTimeout(r, 200));
  await t.db.generation.update({ where: { id: generationId }, data: { nextPollAt: new Date(0) } });
  return { generationId, workspaceId: member.workspaceId };
}

describe("copying finished videos into our storage", () => {
  it("stores the MP4, records the asset and serves the gallery from our copy", async () => {
    const { generationId, workspaceId } = await finishedGeneration();
    const s = storage();
    await reconcileWith({ storage: s, policy: policy([simHost()]) });
    const g = await t.db.generation.findUniqueOrThrow({
      where: { id: generationId },
      include: { videoAsset: true },
    });
    expect(g.state).toBe("ready");
    expect(g.videoAsset).toMatchObject({ kind: "video", contentType: "video/mp4", workspaceId });
    expect(g.videoAsset!.checksum).toMatch(/^[0-9a-f]{64}$/);

    if (!isLocalDriver(s)) throw new Error("expected the local driver");
    const stored = await s.read(g.videoAsset!.storageKey);
    const chunks: Buffer[] = [];
    for await (const chunk of stored!.stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(4, 8).toString()).toBe("ftyp");

    // A poster still of the video's own size, so the gallery shows it without loading video.
    expect(g.videoAsset!.posterKey).toMatch(/^posters\/.+\.webp$/);
    expect([g.videoAsset!.width, g.videoAsset!.height]).toEqual([848, 480]);
    const poster = await s.read(g.videoAsset!.posterKey!);
    expect(poster?.contentType).toBe("image/webp");

    const dto = await getGeneration(t.db, { workspaceId, id: generationId, signVideoUrl });
    expect(dto?.stored).toBe(true);
    expect(dto?.videoUrl).toMatch(/^\/api\/files\/videos\/.+\.mp4\?exp=\d+&sig=/);
    expect(dto?.posterUrl).toMatch(/^\/api\/files\/posters\/.+\.webp\?exp=\d+&sig=/);
  });

  it("keeps the video when no poster can be made from it", async () => {
    const { generationId, workspaceId } = await finishedGeneration();
    await reconcileWith({
      storage: storage(),
      policy: policy([simHost()]),
      poster: () => Promise.reject(new Error("no decodable frame")),
    });
    const g = await t.db.generation.findUniqueOrThrow({
      where: { id: generationId },
      include: { videoAsset: true },
    });
    expect(g.state).toBe("ready");
    expect(g.videoAsset?.posterKey).toBeNull();
    const dto = await getGeneration(t.db, { workspaceId, id: generationId, signVideoUrl });
    expect(dto).toMatchObject({ stored: true, posterUrl: null });
  });

  it("keeps playing the provider's URL when the copy fails, and tries again later", async () => {
    const { generationId, workspaceId } = await finishedGeneration();
    await reconcileWith({ storage: storage(), policy: policy(["cdn.acedata.cloud"]) });
    const g = await t.db.generation.findUniqueOrThrow({ where: { id: generationId } });
    expect(g.state).toBe("succeeded");
    expect(g.mirrorAttempts).toBe(1);
    expect(g.nextPollAt!.getTime()).toBeGreaterThan(Date.now());
    const dto = await getGeneration(t.db, { workspaceId, id: generationId, signVideoUrl });
    expect(dto).toMatchObject({ phase: "playable", stored: false, videoUrl: g.providerVideoUrl });
  });

  it("another workspace cannot read the generation", async () => {
    const { generationId } = await finishedGeneration();
    const stranger = await h.member();
    expect(
      await getGeneration(t.db, { workspaceId: stranger.workspaceId, id: generationId, signVideoUrl }),
    ).toBeNull();
  });
});
