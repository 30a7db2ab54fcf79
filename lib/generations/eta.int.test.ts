import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Prisma } from "@/lib/db/generated/client";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createUser } from "@/lib/testing/factories";
import { expectedDurationMs, loadEtaTable } from "./eta";

let t: TestDatabase;
let me: Awaited<ReturnType<typeof createUser>>;
let stranger: Awaited<ReturnType<typeof createUser>>;
const now = new Date("2026-03-31T12:00:00Z");
const DAY = 86_400_000;

const finished = (
  workspaceId: string,
  creatorId: string,
  tookMs: number,
  over: Partial<Prisma.GenerationUncheckedCreateInput> & { finishedAgoMs?: number } = {},
) => {
  const { finishedAgoMs = DAY, ...rest } = over;
  const finishedAt = new Date(now.getTime() - finishedAgoMs);
  return t.db.generation.create({
    data: {
      workspaceId,
      creatorId,
      idempotencyKey: randomUUID(),
      prompt: "p",
      model: "grok-imagine-video",
      aspectRatio: "16:9",
      resolution: "480p",
      durationSec: 6,
      state: "ready",
      submittedAt: new Date(finishedAt.getTime() - tookMs),
      finishedAt,
      ...rest,
    },
  });
};

beforeAll(async () => {
  t = await openTestDatabase();
  me = await createUser(t.db);
  stranger = await createUser(t.db);
  const ws = me.workspace.id;
  const uid = me.user.id;
  for (const took of [40_000, 50_000, 60_000, 900_000]) await finished(ws, uid, took);
  await finished(ws, uid, 70_000, { state: "succeeded" });
  // None of these may count: failed, too old, not yet finished, another workspace.
  await finished(ws, uid, 1_000, { state: "failed" });
  await finished(ws, uid, 1_000, { finishedAgoMs: 31 * DAY });
  await finished(ws, uid, 1_000, { state: "running", finishedAt: null });
  for (let i = 0; i < 5; i++) await finished(stranger.workspace.id, stranger.user.id, 1_000);
  // Two samples are not enough to learn from.
  for (const took of [20_000, 30_000]) await finished(ws, uid, took, { resolution: "720p", durationSec: 10 });
});
afterAll(() => t.close());

describe("loadEtaTable", () => {
  it("learns the median submit-to-finish time per model, resolution and duration of this workspace", async () => {
    const table = await loadEtaTable({ db: t.db, workspaceId: me.workspace.id, now });
    expect(table).toEqual({ "grok-imagine-video|480p|6": 60_000 });
  });

  it("falls back to the duration-based default for settings without history", async () => {
    const table = await loadEtaTable({ db: t.db, workspaceId: me.workspace.id, now });
    const settings = { model: "grok-imagine-video", resolution: "720p", durationSec: 10 };
    expect(expectedDurationMs(table, settings)).toBe(105_000);
  });
});
