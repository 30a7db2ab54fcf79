import "server-only";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { PrismaClient } from "@/lib/db/generated/client";
import { log } from "@/lib/log/logger";

/** How often a working process says so, and how long its silence means it stopped. */
export const HEARTBEAT_INTERVAL_MS = 20_000;
export const HEARTBEAT_STALE_MS = 60_000;

export type WorkerKind = "web" | "worker";

/**
 * A row in WorkerHeartbeat, refreshed every 20 s while this process works the job queues and
 * removed when it stops. Lets any instance (and `npm run jobs`) tell whether background work runs
 * anywhere, which pg-boss alone cannot say.
 */
export function startHeartbeat(
  db: Pick<PrismaClient, "workerHeartbeat">,
  kind: WorkerKind,
  intervalMs = HEARTBEAT_INTERVAL_MS,
): { id: string; stop(): Promise<void> } {
  const id = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const startedAt = new Date();
  const beat = () =>
    db.workerHeartbeat
      .upsert({
        where: { id },
        create: { id, kind, startedAt, beatAt: new Date() },
        update: { beatAt: new Date() },
      })
      .catch((error: unknown) =>
        log.error({ event: "jobs.heartbeat-failed", err: error }, "heartbeat not recorded"),
      );
  void beat();
  const timer = setInterval(beat, intervalMs);
  timer.unref();
  return {
    id,
    async stop() {
      clearInterval(timer);
      await db.workerHeartbeat.deleteMany({ where: { id } }).catch(() => undefined);
    },
  };
}

export interface BackgroundWork {
  /** Some process beat within the last minute. */
  running: boolean;
  /** Processes that did, by kind. */
  processes: { web: number; worker: number };
  lastBeatAt: Date | null;
}

export async function backgroundWork(
  db: Pick<PrismaClient, "workerHeartbeat">,
  now = new Date(),
): Promise<BackgroundWork> {
  const beats = await db.workerHeartbeat.findMany({
    where: { beatAt: { gt: new Date(now.getTime() - HEARTBEAT_STALE_MS) } },
    select: { kind: true, beatAt: true },
  });
  const last = await db.workerHeartbeat.findFirst({ orderBy: { beatAt: "desc" }, select: { beatAt: true } });
  return {
    running: beats.length > 0,
    processes: {
      web: beats.filter((b) => b.kind === "web").length,
      worker: beats.filter((b) => b.kind === "worker").length,
    },
    lastBeatAt: last?.beatAt ?? null,
  };
}

/** Rows of processes silent for a day (killed without `stop`): kept that long for `npm run jobs`. */
export async function sweepHeartbeats(db: Pick<PrismaClient, "workerHeartbeat">, now = new Date()) {
  await db.workerHeartbeat.deleteMany({ where: { beatAt: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
}

/** A process that has just started gets this long for its own or a sibling worker's first beat. */
export const STARTUP_GRACE_SECONDS = 30;

/**
 * Whether admins should be told that background work runs nowhere: no process beat within a
 * minute, this one is not starting or running its own workers, and it is past its start-up grace.
 */
export async function backgroundWorkMissing(
  db: Pick<PrismaClient, "workerHeartbeat">,
  here: { state: string },
  options: { now?: Date; uptimeSeconds?: number } = {},
): Promise<{ lastBeatAt: Date | null } | null> {
  if (here.state === "running" || here.state === "starting") return null;
  if ((options.uptimeSeconds ?? process.uptime()) < STARTUP_GRACE_SECONDS) return null;
  const work = await backgroundWork(db, options.now);
  return work.running ? null : { lastBeatAt: work.lastBeatAt };
}
