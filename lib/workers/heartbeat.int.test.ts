import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { backgroundWork, backgroundWorkMissing, HEARTBEAT_STALE_MS, startHeartbeat } from "./heartbeat";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const later = (ms: number) => new Date(Date.now() + ms);

describe("worker heartbeats", () => {
  it("a working process is seen until it stops, and its silence is noticed after a minute", async () => {
    const beat = startHeartbeat(t.db, "worker", 60_000);
    await expect.poll(() => t.db.workerHeartbeat.count({ where: { id: beat.id } })).toBe(1);
    expect(await backgroundWork(t.db)).toMatchObject({ running: true, processes: { worker: 1 } });
    expect(await backgroundWork(t.db, later(HEARTBEAT_STALE_MS + 1_000))).toMatchObject({ running: false });

    await beat.stop();
    expect(await t.db.workerHeartbeat.count({ where: { id: beat.id } })).toBe(0);
  });

  it("tells admins only when nothing works anywhere, and not while this process starts", async () => {
    const off = { state: "off" };
    const lastBeatAt = new Date(Date.now() - 5 * 60_000);
    await t.db.workerHeartbeat.create({
      data: { id: "gone:1", kind: "worker", startedAt: lastBeatAt, beatAt: lastBeatAt },
    });
    expect(await backgroundWorkMissing(t.db, off, { uptimeSeconds: 120 })).toEqual({ lastBeatAt });
    expect(await backgroundWorkMissing(t.db, off, { uptimeSeconds: 5 })).toBeNull();
    expect(await backgroundWorkMissing(t.db, { state: "starting" }, { uptimeSeconds: 120 })).toBeNull();
    expect(await backgroundWorkMissing(t.db, { state: "retrying" }, { uptimeSeconds: 120 })).toEqual({
      lastBeatAt,
    });

    const beat = startHeartbeat(t.db, "web", 60_000);
    await expect.poll(() => t.db.workerHeartbeat.count({ where: { id: beat.id } })).toBe(1);
    expect(await backgroundWorkMissing(t.db, off, { uptimeSeconds: 120 })).toBeNull();
    await beat.stop();
  });
});
