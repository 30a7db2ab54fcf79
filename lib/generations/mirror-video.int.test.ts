import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { newKey, settings, startLifecycleHarness } from "@/lib/testing/lifecycle-harness";
import { createStorage } from "@/lib/storage/create-storage";
import { isLocalDriver } from "@/lib/storage/types";
import { getGeneration } from "./list-generations";
import type { StorageDriver } from "@/lib/storage/types";
import { isMirrorError, mirrorVideo, type MirrorDeps } from "./mirror-video";
import { pollDue } from "@/lib/testing/poll-due";
import { tasksFinishedUpstream } from "@/lib/testing/upstream-tasks";
import { MIRROR_ATTEMPTS } from "@/lib/jobs/queues";
import { copyNow } from "./copy-now";
import { mirrorGeneration, nextTryWithinMs } from "./mirror-generation";
import { submitGeneration } from "./submit-generation";
import { log } from "@/lib/log/logger";
import { buffer } from "node:stream/consumers";
import sharp from "sharp";
import { addMissingSmallPosters } from "./small-posters";

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
/** As in production: no test-only switches, only what the host list allows. */
const policy = (allowedHosts: string[], overrides: Partial<MirrorDeps["policy"]> = {}) => ({
  allowedHosts,
  maxBytes: 10e6,
  timeoutMs: 5_000,
  ...overrides,
});
/** The simulator is plain http on loopback: allowed by listing its origin, as an operator would. */
const simOrigin = () => new URL(h.sim.url).origin;
/** A look that finds the video finished, then its `mirror` job's run with these settings. */
const settleWith = async (generationId: string, mirror: Omit<MirrorDeps, "db">) => {
  await pollDue({ db: t.db, grok: h.grok, timeoutMs: 60_000 });
  await mirrorGeneration({ db: t.db, ...mirror }, generationId, { lastAttempt: false }).catch(
    () => undefined, // a failed copy is recorded on the row; the engine would retry it
  );
};
const signVideoUrl = (key: string) => storage().signedUrl(key, { expiresInSeconds: 600 });

async function finishedGeneration() {
  const member = await h.member();
  const { generationId } = await submitGeneration(h.deps({ appUrl: undefined }), {
    ...member,
    idempotencyKey: newKey(),
    settings: settings(),
  });
  const { taskId } = await t.db.generation.findUniqueOrThrow({ where: { id: generationId } });
  await tasksFinishedUpstream(h.sim.simulator, [taskId]);
  await t.db.generation.update({ where: { id: generationId }, data: { nextPollAt: new Date(0) } });
  return { generationId, workspaceId: member.workspaceId };
}

describe("copying finished videos into our storage", () => {
  it("stores the MP4, records the asset and serves the gallery from our copy", async () => {
    const { generationId, workspaceId } = await finishedGeneration();
    const s = storage();
    await settleWith(generationId, { storage: s, policy: policy([simOrigin()]) });
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
    poster?.stream.destroy();

    const dto = await getGeneration(t.db, { workspaceId, id: generationId, signVideoUrl });
    expect(dto?.stored).toBe(true);
    expect(dto?.videoUrl).toBe(`/api/generations/${generationId}/video`);
    expect(dto?.posterUrl).toMatch(/^\/api\/files\/posters\/.+\.webp\?exp=\d+&sig=/);

    // The same still at half the width, offered beside it: a 1× screen's card loads the small one.
    const small = await s.read(g.videoAsset!.posterSmallKey!);
    expect(await sharp(await buffer(small!.stream)).metadata()).toMatchObject({ format: "webp", width: 320 });
    expect(dto?.posterSrcSet).toBe(
      `${await signVideoUrl(g.videoAsset!.posterSmallKey!)} 320w, ${dto?.posterUrl} 640w`,
    );
  });

  it("gives videos saved before stills came in two widths their small one, once", async () => {
    const { generationId, workspaceId } = await finishedGeneration();
    const s = storage();
    if (!isLocalDriver(s)) throw new Error("expected the local driver");
    await settleWith(generationId, { storage: s, policy: policy([simOrigin()]) });
    const asset = await t.db.asset.findUniqueOrThrow({ where: { generationId } });
    // As an older release left it: one poster.
    await t.db.asset.update({ where: { id: asset.id }, data: { posterSmallKey: null } });
    await s.delete(asset.posterSmallKey!);
    expect(
      (await getGeneration(t.db, { workspaceId, id: generationId, signVideoUrl }))?.posterSrcSet,
    ).toBeNull();

    expect(await addMissingSmallPosters({ db: t.db, storage: s })).toBeGreaterThanOrEqual(1);
    const after = await t.db.asset.findUniqueOrThrow({ where: { id: asset.id } });
    expect(after.posterSmallKey).toBe(asset.posterSmallKey);
    const small = await s.read(after.posterSmallKey!);
    expect((await sharp(await buffer(small!.stream)).metadata()).width).toBe(320);
    expect(
      (await getGeneration(t.db, { workspaceId, id: generationId, signVideoUrl }))?.posterSrcSet,
    ).toContain(" 320w, ");
    // Nothing left to do for it the next hour.
    const untouched = await t.db.asset.count({ where: { id: asset.id, posterSmallKey: null } });
    expect(untouched).toBe(0);
  });

  it("keeps the video when no poster can be made from it", async () => {
    const { generationId, workspaceId } = await finishedGeneration();
    await settleWith(generationId, {
      storage: storage(),
      policy: policy([simOrigin()]),
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
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    await settleWith(generationId, { storage: storage(), policy: policy(["cdn.acedata.cloud"]) });
    const g = await t.db.generation.findUniqueOrThrow({ where: { id: generationId } });
    expect(g.state).toBe("succeeded");
    expect(g.mirrorAttempts).toBe(1);
    expect(g.nextPollAt!.getTime()).toBeGreaterThan(Date.now());
    // mirrorVideo's own line (the reconciler may add its attempt count beside it).
    const copyFailed = warn.mock.calls.filter(([fields]) => {
      const { event, generationId: about } = fields as { event?: string; generationId?: string };
      return event === "copy.failed" && about === generationId;
    });
    expect(copyFailed).toHaveLength(1);
    expect(String(copyFailed[0]![1])).toContain(`is not an allowed media host.`);
    const dto = await getGeneration(t.db, { workspaceId, id: generationId, signVideoUrl });
    // Said as it happens: which attempt failed, why, and by when the next one starts.
    expect(dto).toMatchObject({
      phase: "playable",
      stored: false,
      saved: "saving",
      mirrorError: `${simOrigin()} is not an allowed media host.`,
      copyRetry: { failed: 1, of: MIRROR_ATTEMPTS },
      videoUrl: g.providerVideoUrl,
    });
    const nextTryIn = Date.parse(dto!.copyRetry!.nextTryBy!) - Date.now();
    expect(nextTryIn).toBeGreaterThan(0);
    expect(nextTryIn).toBeLessThanOrEqual(nextTryWithinMs(1));
  });

  it("Try now copies at once a video whose copies failed, even after the last attempt", async () => {
    const { generationId, workspaceId } = await finishedGeneration();
    vi.spyOn(log, "warn").mockImplementation(() => undefined);
    vi.spyOn(log, "error").mockImplementation(() => undefined);
    const creator = await t.db.generation.findUniqueOrThrow({ where: { id: generationId } });
    const asCreator = { workspaceId, id: generationId, userId: creator.creatorId, role: "member" as const };
    // The engine's queue, run at once: the copy job is what Try now asks for.
    const runCopy = (allowed: string[]) => ({
      mirror: async (id: string) =>
        void (await mirrorGeneration({ db: t.db, storage: storage(), policy: policy(allowed) }, id, {
          lastAttempt: false,
        }).catch(() => undefined)),
    });
    try {
      await expect(copyNow({ db: t.db, jobs: runCopy([]) }, asCreator)).rejects.toMatchObject({
        code: "conflict",
      });
      for (let attempt = 1; attempt <= MIRROR_ATTEMPTS; attempt++)
        await settleWith(generationId, { storage: storage(), policy: policy(["cdn.acedata.cloud"]) }).then(
          () => t.db.generation.update({ where: { id: generationId }, data: { nextPollAt: new Date(0) } }),
        );
      expect((await getGeneration(t.db, { workspaceId, id: generationId, signVideoUrl }))?.saved).toBe(
        "not_saved",
      );
      await expect(
        copyNow({ db: t.db, jobs: runCopy([simOrigin()]) }, { ...asCreator, userId: "someone-else" }),
      ).rejects.toMatchObject({ code: "forbidden" });

      await copyNow({ db: t.db, jobs: runCopy([simOrigin()]) }, asCreator);
      expect(await getGeneration(t.db, { workspaceId, id: generationId, signVideoUrl })).toMatchObject({
        saved: "stored",
        copyRetry: null,
        mirrorError: null,
      });
    } finally {
      vi.restoreAllMocks();
    }
  });

  it("after the last attempt shows the video as not saved, with the reason, still playable", async () => {
    const { generationId, workspaceId } = await finishedGeneration();
    vi.spyOn(log, "warn").mockImplementation(() => undefined);
    vi.spyOn(log, "error").mockImplementation(() => undefined);
    try {
      for (let attempt = 1; attempt <= MIRROR_ATTEMPTS; attempt++) {
        await settleWith(generationId, { storage: storage(), policy: policy(["cdn.acedata.cloud"]) });
        const g = await t.db.generation.findUniqueOrThrow({ where: { id: generationId } });
        expect(g.mirrorAttempts).toBe(attempt);
        if (attempt < MIRROR_ATTEMPTS) {
          const dto = await getGeneration(t.db, { workspaceId, id: generationId, signVideoUrl });
          expect(dto).toMatchObject({ saved: "saving", copyRetry: { failed: attempt, of: MIRROR_ATTEMPTS } });
          await t.db.generation.update({ where: { id: generationId }, data: { nextPollAt: new Date(0) } });
        }
      }
    } finally {
      vi.restoreAllMocks();
    }
    const g = await t.db.generation.findUniqueOrThrow({ where: { id: generationId } });
    expect(g).toMatchObject({ state: "succeeded", nextPollAt: null });
    const dto = await getGeneration(t.db, { workspaceId, id: generationId, signVideoUrl });
    expect(dto).toMatchObject({
      phase: "playable",
      saved: "not_saved",
      mirrorError: `${simOrigin()} is not an allowed media host.`,
      videoUrl: g.providerVideoUrl,
    });
  });

  it("another workspace cannot read the generation", async () => {
    const { generationId } = await finishedGeneration();
    const stranger = await h.member();
    expect(
      await getGeneration(t.db, { workspaceId: stranger.workspaceId, id: generationId, signVideoUrl }),
    ).toBeNull();
  });
});

describe("explaining a copy that failed", () => {
  let files: Server;
  let origin: string;
  const hits: string[] = [];
  beforeAll(async () => {
    files = createServer((req, res) => {
      hits.push(req.url ?? "");
      if (req.url === "/missing.mp4") res.writeHead(404).end();
      else if (req.url === "/huge.mp4") res.writeHead(200, { "content-length": 200 * 1024 * 1024 + 1 }).end();
      else if (req.url === "/empty.mp4") res.writeHead(200, { "content-type": "video/mp4" }).end();
      else if (req.url === "/video.mp4")
        res.writeHead(200, { "content-type": "video/mp4" }).end(Buffer.alloc(64, 1));
      // "/silent.mp4": never answers.
    });
    await new Promise<void>((resolve) => files.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    files.closeAllConnections();
    return new Promise<void>((resolve) => files.close(() => resolve()));
  });
  afterEach(() => vi.restoreAllMocks());

  const g = (providerVideoUrl: string | null, workspaceId = "no-such-workspace") => ({
    id: `gen-${Math.random().toString(36).slice(2)}`,
    workspaceId,
    providerVideoUrl,
  });

  /** Runs one copy that must fail; returns its message, checking it was logged exactly once. */
  async function failure(
    generation: ReturnType<typeof g>,
    deps: Partial<Omit<MirrorDeps, "db">> = {},
  ): Promise<{ message: string; code: string; log: string }> {
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    const error = await mirrorVideo(
      {
        db: t.db,
        storage: storage(),
        policy: policy([origin]),
        poster: async () => Promise.reject(new Error("none")),
        ...deps,
      },
      generation,
    ).then(
      () => undefined,
      (e: unknown) => e,
    );
    if (!isMirrorError(error)) throw new Error(`expected a MirrorError, got ${String(error)}`);
    const logs = warn.mock.calls
      .map((args) => args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "))
      .filter((m) => m.includes(generation.id) && !m.includes("no poster"));
    expect(logs).toHaveLength(1);
    return { message: error.message, code: error.code, log: logs[0]! };
  }

  it("names a host that is not on the list, without asking it", async () => {
    const before = hits.length;
    const generation = g(`${origin}/video.mp4`);
    const f = await failure(generation, { policy: policy(["cdn.acedata.cloud"]) });
    expect(f).toMatchObject({ code: "host_not_allowed", message: `${origin} is not an allowed media host.` });
    expect(f.log).toContain(generation.id);
    expect(f.log).toContain(new URL(origin).host);
    expect(f.log).toContain(f.message);
    expect(hits.length).toBe(before);

    const https = await failure(g("https://media.example.com/v.mp4"), {
      policy: policy(["cdn.acedata.cloud"]),
    });
    expect(https.message).toBe("media.example.com is not an allowed media host.");
  });

  it("says what the file host answered, how big is too big, and when it took too long", async () => {
    expect(await failure(g(`${origin}/missing.mp4`))).toMatchObject({
      code: "http_error",
      message: "The provider's file host answered 404.",
    });
    expect(
      await failure(g(`${origin}/huge.mp4`), { policy: policy([origin], { maxBytes: 200 * 1024 * 1024 }) }),
    ).toMatchObject({ code: "too_large", message: "The video is larger than 200 MB." });
    expect(await failure(g(`${origin}/empty.mp4`))).toMatchObject({
      code: "empty",
      message: "The provider's file host sent an empty file.",
    });
    expect(
      await failure(g(`${origin}/silent.mp4`), { policy: policy([origin], { timeoutMs: 300 }) }),
    ).toMatchObject({
      code: "timeout",
      message: "The provider's file host did not send the video within 300 ms.",
    });
  });

  it("refuses a bare host that resolves to a private address, and reports an unreachable host", async () => {
    const port = new URL(origin).port;
    const before = hits.length;
    const privateHost = await failure(g(`https://localhost:${port}/video.mp4`), {
      policy: policy([`localhost:${port}`]),
    });
    expect(privateHost).toMatchObject({
      code: "private_address",
      message: `localhost:${port} points to a private network address.`,
    });
    expect(hits.length).toBe(before);

    const closed = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const p = (probe.address() as AddressInfo).port;
        probe.close(() => resolve(p));
      });
    });
    expect(
      await failure(g(`http://127.0.0.1:${closed}/v.mp4`), {
        policy: policy([`http://127.0.0.1:${closed}`]),
      }),
    ).toMatchObject({
      code: "network_error",
      message: "Could not reach the provider's file host (ECONNREFUSED).",
    });
    expect(await failure(g(null))).toMatchObject({
      code: "no_video_url",
      message: "The provider gave no video URL to copy.",
    });
  });

  it("says when our storage or database refused the copy, and leaves no stray file", async () => {
    const real = storage();
    const puts: string[] = [];
    const deletes: string[] = [];
    const tracked: StorageDriver = {
      kind: real.kind,
      head: (k) => real.head(k),
      signedUrl: (k, o) => real.signedUrl(k, o),
      put: (k, b, o) => (puts.push(k), real.put(k, b, o)),
      delete: (k) => (deletes.push(k), real.delete(k)),
    };
    const refusing: StorageDriver = {
      ...tracked,
      put: () => Promise.reject(new Error("S3 said AccessDenied")),
    };
    const refused = await failure(g(`${origin}/video.mp4`), { storage: refusing });
    expect(refused).toMatchObject({
      code: "storage_error",
      message: "Our storage did not accept the video.",
    });
    expect(refused.log).toContain("AccessDenied");
    deletes.length = 0;

    // No such workspace: the asset row cannot be written.
    const unrecorded = await failure(g(`${origin}/video.mp4`), { storage: tracked });
    expect(unrecorded).toMatchObject({
      code: "record_error",
      message: "The copy could not be recorded in our database.",
    });
    expect(puts).toHaveLength(1);
    expect(deletes).toEqual(puts);
    expect(await real.head(puts[0]!)).toBeNull();
  });
});
