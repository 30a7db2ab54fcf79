import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/db/generated/client";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createUser } from "@/lib/testing/factories";
import { etaKey, providerEstimate } from "./eta";
import { loadEtaEstimates } from "./load-eta-estimates";

let t: TestDatabase;
let me: Awaited<ReturnType<typeof createUser>>;
let stranger: Awaited<ReturnType<typeof createUser>>;
const now = new Date("2026-03-31T12:00:00Z");
const DAY = 86_400_000;
const SEC = 1_000;
const model = "grok-imagine-video";

type Over = Partial<Prisma.GenerationCreateManyInput> & { finishedAgoMs?: number };

/** A generation sent `tookMs` before it finished. */
const finished = (workspaceId: string, creatorId: string, tookMs: number, over: Over = {}) => {
  const { finishedAgoMs = DAY, ...rest } = over;
  const finishedAt = new Date(now.getTime() - finishedAgoMs);
  return {
    workspaceId,
    creatorId,
    idempotencyKey: randomUUID(),
    prompt: "p",
    model,
    aspectRatio: "16:9",
    resolution: "480p",
    durationSec: 6,
    state: "ready",
    submittedAt: new Date(finishedAt.getTime() - tookMs),
    finishedAt,
    ...rest,
  } satisfies Prisma.GenerationCreateManyInput;
};

beforeAll(async () => {
  t = await openTestDatabase();
  me = await createUser(t.db);
  stranger = await createUser(t.db);
  const ws = me.workspace.id;
  const uid = me.user.id;
  const other = (tookMs: number, over: Over = {}) =>
    finished(stranger.workspace.id, stranger.user.id, tookMs, over);
  await t.db.generation.createMany({
    data: [
      // The band 1–6 s at 480p: six finished videos, 10–60 s (one asked for 4 s: same band).
      ...[10, 20, 30, 40, 50].map((s) => finished(ws, uid, s * SEC)),
      finished(ws, uid, 60 * SEC, { durationSec: 4, state: "succeeded" }),
      // None of these may count for it.
      finished(ws, uid, SEC, { state: "failed" }),
      finished(ws, uid, SEC, { finishedAgoMs: 31 * DAY }),
      finished(ws, uid, SEC, { state: "running", finishedAt: null }),
      ...Array.from({ length: 5 }, () => other(SEC)),
      ...Array.from({ length: 5 }, () => finished(ws, uid, SEC, { resolution: "720p", durationSec: 10 })),
      ...Array.from({ length: 5 }, () => finished(ws, uid, SEC, { model: "grok-imagine-video:reverse" })),
      // The band 7–10 s: only the newest 50 count, so five old quick ones do not.
      ...Array.from({ length: 50 }, (_, i) =>
        finished(ws, uid, 100 * SEC, { durationSec: 8, finishedAgoMs: i * 60_000 }),
      ),
      ...Array.from({ length: 5 }, () => finished(ws, uid, SEC, { durationSec: 9, finishedAgoMs: 2 * DAY })),
      // 720p, 1–6 s: four are too few to learn from.
      ...[20, 30, 40, 50].map((s) => finished(ws, uid, s * SEC, { resolution: "720p" })),
    ],
  });
});
afterAll(() => t.close());

const ask = (...items: Array<{ model?: string; resolution?: string; durationSec: number }>) =>
  loadEtaEstimates(t.db, {
    workspaceId: me.workspace.id,
    now,
    items: items.map((i) => ({ model, resolution: "480p", ...i })),
  });

describe("loadEtaEstimates", () => {
  it("learns the 25th–80th percentile of this workspace's own finished videos of the same band", async () => {
    const estimates = await ask({ durationSec: 5 });
    expect(estimates.get(etaKey({ model, resolution: "480p", durationSec: 5 }))).toEqual({
      lowMs: 22_500,
      typicalMs: 35_000,
      highMs: 50_000,
      source: "history",
      samples: 6,
    });
  });

  it("reads only the newest 50 of a band", async () => {
    const estimates = await ask({ durationSec: 10 });
    expect(estimates.get(etaKey({ model, resolution: "480p", durationSec: 10 }))).toMatchObject({
      lowMs: 100_000,
      highMs: 100_000,
      samples: 50,
    });
  });

  it("falls back to the provider's typical times below five samples, and for other workspaces' settings", async () => {
    const estimates = await ask({ resolution: "720p", durationSec: 6 }, { durationSec: 15 });
    expect(estimates.get(etaKey({ model, resolution: "720p", durationSec: 6 }))).toEqual(providerEstimate());
    expect(estimates.get(etaKey({ model, resolution: "480p", durationSec: 15 }))).toEqual(providerEstimate());
  });

  it("answers several bands in one call, and a demo falls back to the simulator's task time", async () => {
    const estimates = await loadEtaEstimates(t.db, {
      workspaceId: stranger.workspace.id,
      now,
      demoTaskMs: 3_000,
      items: [
        { model, resolution: "480p", durationSec: 6 },
        { model, resolution: "720p", durationSec: 6 },
      ],
    });
    expect(estimates.get(etaKey({ model, resolution: "480p", durationSec: 6 }))).toMatchObject({
      source: "history",
      lowMs: 1_000,
      highMs: 1_000,
      samples: 5,
    });
    expect(estimates.get(etaKey({ model, resolution: "720p", durationSec: 6 }))).toEqual(
      providerEstimate(3_000),
    );
  });
});
