import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cleanupFiles, UNUSED_UPLOAD_MS } from "@/lib/generations/cleanup-files";
import { getGeneration } from "@/lib/generations/list-generations";
import { recoverGenerations } from "@/lib/generations/recover-generations";
import { submitGeneration } from "@/lib/generations/submit-generation";
import { createStorage } from "@/lib/storage/create-storage";
import { stableKey } from "@/lib/storage/keys";
import { startTestJobEngine, type TestJobEngine } from "@/lib/testing/job-engine";
import { newKey, settings, startLifecycleHarness, waitFor } from "@/lib/testing/lifecycle-harness";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { MIRROR_ATTEMPTS } from "../jobs/queues";
import type { WorkerDeps } from "./start-workers";
import { log } from "@/lib/log/logger";

/**
 * The job engine end to end on a real database: what happens to a copy that never succeeds,
 * what a callback does to the waiting look, and what the periodic jobs clean up.
 */
let t: TestDatabase;
let h: Awaited<ReturnType<typeof startLifecycleHarness>>;
let engine: TestJobEngine;
let dir: string;
beforeAll(async () => {
  t = await openTestDatabase();
  h = await startLifecycleHarness(t.db, { taskDurationMs: 300 });
  // Retries without their minutes of backoff, so the last attempt comes within the test.
  engine = await startTestJobEngine(t, { retryPacing: { mirror: { retryDelay: 0, retryBackoff: false } } });
  h.useJobs(engine.jobs);
  dir = mkdtempSync(path.join(os.tmpdir(), "engine-test-"));
});
afterAll(async () => {
  await engine.close();
  await h.close();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const storage = createStorage({
  driver: "local",
  dataDir: "",
  secret: "engine-test-secret-engine-test-secret",
});
const localStorage = () =>
  createStorage({ driver: "local", dataDir: dir, secret: "engine-test-secret-engine-test-secret" });
const deps = (allowedHosts: string[]): Omit<WorkerDeps, "jobs"> => ({
  ...h.deps(),
  grok: h.grok,
  cap: 100,
  timeoutMs: 60_000,
  storage: localStorage(),
  policy: { allowedHosts, maxBytes: 10e6, timeoutMs: 5_000 },
});
const jobsOf = async (queue: string, generationId: string) =>
  (
    await engine.boss
      .getDb()
      .executeSql(`SELECT state FROM ${engine.schema}.job WHERE name = $1 AND data->>'generationId' = $2`, [
        queue,
        generationId,
      ])
  ).rows.map((r: { state: string }) => r.state);

describe("the mirror queue's dead letters", () => {
  it("a copy that always fails ends 'not saved', still playable from the provider, and stops", async () => {
    vi.spyOn(log, "warn").mockImplementation(() => undefined);
    vi.spyOn(log, "error").mockImplementation(() => undefined);
    const member = await h.member();
    // The simulator's host is not an allowed media host: every copy is refused.
    const workers = await engine.work(deps(["cdn.acedata.cloud"]));
    try {
      const { generationId } = await submitGeneration(
        { ...h.deps({ jobs: engine.jobs }), cap: 100 },
        { ...member, idempotencyKey: newKey(), settings: settings() },
      );
      await waitFor(async () => (await jobsOf("mirror-dead", generationId)).length === 1, 30_000);
      const g = await t.db.generation.findUniqueOrThrow({ where: { id: generationId } });
      expect(g).toMatchObject({ state: "succeeded", mirrorAttempts: MIRROR_ATTEMPTS, nextPollAt: null });
      expect(g.providerVideoUrl).toMatch(/\.mp4/);
      const dto = await getGeneration(t.db, {
        workspaceId: member.workspaceId,
        id: generationId,
        signVideoUrl: (k) => storage.signedUrl(k, { expiresInSeconds: 60 }),
      });
      expect(dto).toMatchObject({ phase: "playable", saved: "not_saved", videoUrl: g.providerVideoUrl });
      expect(dto?.mirrorError).toContain("is not an allowed media host");
      // Nothing loops: no mirror job waits, and the minute's recovery does not start one.
      expect((await jobsOf("mirror", generationId)).filter((s) => s !== "failed")).toEqual([]);
      expect((await recoverGenerations({ db: t.db, jobs: engine.jobs })).mirrors).toBe(0);
      expect((await jobsOf("mirror", generationId)).filter((s) => s !== "failed")).toEqual([]);
      expect(await t.db.asset.count({ where: { generationId } })).toBe(0);
    } finally {
      await workers.stop();
      vi.restoreAllMocks();
    }
  });

  it("a callback settles the generation, drops its waiting look and copies the video once", async () => {
    const member = await h.member();
    const workers = await engine.work(deps([new URL(h.sim.url).origin]));
    try {
      const { generationId } = await submitGeneration(
        { ...h.deps({ jobs: engine.jobs }), cap: 100 },
        { ...member, idempotencyKey: newKey(), settings: settings() },
      );
      expect(await jobsOf("poll", generationId)).toContain("created");
      await waitFor(
        async () =>
          (await t.db.generation.findUniqueOrThrow({ where: { id: generationId } })).state === "ready",
        20_000,
      );
      expect(h.callbacks.some((c) => c.generationId === generationId && c.status === 200)).toBe(true);
      const polls = await jobsOf("poll", generationId);
      expect(polls.filter((s) => s === "created" || s === "active")).toEqual([]);
      expect(await t.db.asset.count({ where: { generationId } })).toBe(1);
      // The row turns ready inside the mirror handler; pg-boss marks the job completed just after.
      await waitFor(async () => (await jobsOf("mirror", generationId)).join() === "completed", 10_000);
      expect(await jobsOf("mirror", generationId)).toEqual(["completed"]);
    } finally {
      await workers.stop();
    }
  });
});

describe("starting the engine", () => {
  it("picks up pending rows that have no job (from before the engine, or a lost send) and settles them", async () => {
    const member = await h.member();
    // Sent without the engine and without callbacks: the row has its next look, and no job.
    const { generationId } = await submitGeneration(
      { ...h.deps({ appUrl: undefined }), cap: 100 },
      { ...member, idempotencyKey: newKey(), settings: settings() },
    );
    const before = await t.db.generation.findUniqueOrThrow({ where: { id: generationId } });
    expect(before.state).toBe("submitted");
    expect(before.nextPollAt).not.toBeNull();
    expect(await jobsOf("poll", generationId)).toEqual([]);

    const workers = await engine.work(deps([new URL(h.sim.url).origin]));
    try {
      await waitFor(
        async () =>
          (await t.db.generation.findUniqueOrThrow({ where: { id: generationId } })).state === "ready",
        30_000,
      );
      expect(await t.db.asset.count({ where: { generationId } })).toBe(1);
    } finally {
      await workers.stop();
    }
  });
});

describe("cleanup", () => {
  it("deletes day-old unused uploads and the files of videos deleted past the undo window, nothing else", async () => {
    const member = await h.member();
    const s = localStorage();
    const old = new Date(Date.now() - UNUSED_UPLOAD_MS - 60_000);
    const image = async (label: string, createdAt: Date) => {
      const key = stableKey("uploads", "png", `${label}-${newKey()}`);
      await s.put(key, Buffer.from(label), { contentType: "image/png", contentLength: label.length });
      return t.db.asset.create({
        data: {
          workspaceId: member.workspaceId,
          kind: "image",
          storageKey: key,
          contentType: "image/png",
          sizeBytes: label.length,
          checksum: "x",
          createdAt,
        },
      });
    };
    const unused = await image("unused", old);
    const fresh = await image("fresh", new Date());
    const used = await image("used", old);
    const video = async (deletedAt: Date | null) => {
      const g = await t.db.generation.create({
        data: {
          workspaceId: member.workspaceId,
          creatorId: member.userId,
          idempotencyKey: newKey(),
          ...settings(),
          inputImageId: used.id,
          state: "ready",
          deletedAt,
        },
      });
      const key = stableKey("videos", "mp4", g.id);
      await s.put(key, Buffer.from("mp4"), { contentType: "video/mp4", contentLength: 3 });
      const asset = await t.db.asset.create({
        data: {
          workspaceId: member.workspaceId,
          generationId: g.id,
          kind: "video",
          storageKey: key,
          contentType: "video/mp4",
          sizeBytes: 3,
          checksum: "x",
        },
      });
      await t.db.generation.update({ where: { id: g.id }, data: { videoAssetId: asset.id } });
      return { g, asset };
    };
    const longGone = await video(new Date(Date.now() - 25 * 60 * 60 * 1000));
    const justDeleted = await video(new Date());
    const kept = await video(null);

    const report = await cleanupFiles({ db: t.db, storage: s });
    expect(report).toMatchObject({ uploads: 1, videos: 1 });
    const left = new Set((await t.db.asset.findMany({ select: { id: true } })).map((a) => a.id));
    expect(left.has(unused.id)).toBe(false);
    expect(await s.head(unused.storageKey)).toBeNull();
    expect(left.has(longGone.asset.id)).toBe(false);
    expect(await s.head(longGone.asset.storageKey)).toBeNull();
    expect(
      (await t.db.generation.findUniqueOrThrow({ where: { id: longGone.g.id } })).videoAssetId,
    ).toBeNull();
    for (const a of [fresh, used, justDeleted.asset, kept.asset]) {
      expect(left.has(a.id)).toBe(true);
      expect(await s.head(a.storageKey)).not.toBeNull();
    }
  });
});
