import type { PrismaClient } from "@/lib/db/generated/client";
import type { GrokClient } from "@/lib/grok/client";
import { interpretTask } from "@/lib/grok/schemas";
import { applyEvent } from "./apply-event";
import { claimDueGenerations, type ClaimedGeneration } from "./claim-due";
import { MAX_MIRROR_ATTEMPTS, nextPollDelayMs } from "./schedule";
import { isActive } from "./state-machine";

export interface ReconcileDeps {
  db: PrismaClient;
  grok: Pick<GrokClient, "retrieveTasks">;
  /** Copies a finished video into our storage; returns the new asset id. */
  mirror?: (g: ClaimedGeneration) => Promise<string>;
  owner: string;
  timeoutMs: number;
  batchSize?: number;
  now?: () => Date;
}

export interface ReconcileReport {
  claimed: number;
  upstreamCalls: number;
  changed: number;
}

/**
 * One pass of the reconciler: claims the generations that are due, reads all their tasks with a
 * single `retrieve_batch`, applies what it learns, copies finished videos, and gives up on tasks
 * past the deadline. Safe to run on every instance at once.
 */
export async function reconcilePendingGenerations(deps: ReconcileDeps): Promise<ReconcileReport> {
  const now = deps.now?.() ?? new Date();
  const claimed = await claimDueGenerations(deps.db, { owner: deps.owner, now, limit: deps.batchSize ?? 50 });
  const report: ReconcileReport = { claimed: claimed.length, upstreamCalls: 0, changed: 0 };
  if (claimed.length === 0) return report;

  const withTask = claimed.filter(
    (g) => g.taskId && (g.state === "submitted" || g.state === "running" || g.state === "unknown"),
  );
  const observed = new Map<string, ReturnType<typeof interpretTask>>();
  if (withTask.length > 0) {
    report.upstreamCalls++;
    try {
      for (const record of await deps.grok.retrieveTasks(withTask.map((g) => g.taskId!))) {
        const task = interpretTask(record);
        observed.set(task.taskId, task);
      }
    } catch {
      // The upstream is unwell: everything claimed is simply looked at again later.
    }
  }

  for (const g of claimed) {
    const changed = await settle(deps, g, observed.get(g.taskId ?? ""), now);
    if (changed) report.changed++;
  }
  return report;
}

async function settle(
  deps: ReconcileDeps,
  g: ClaimedGeneration,
  task: ReturnType<typeof interpretTask> | undefined,
  now: Date,
): Promise<boolean> {
  if (g.state === "succeeded") return mirrorOnce(deps, g, now);

  if (g.state === "queued") {
    // Left by a process that died mid-submit: it may or may not have been sent. Never re-send.
    const r = await applyEvent(
      deps.db,
      g.id,
      {
        type: "outcome_unknown",
        code: "interrupted",
        message:
          "The server restarted while sending this video. It will not be sent twice; if the provider started it, it will appear here.",
        at: now,
      },
      () => reschedule(g, now),
    );
    return r.changed;
  }

  if (task) {
    const r = await applyEvent(deps.db, g.id, { type: "observed", task, at: now }, (next) =>
      next === "succeeded" ? { nextPollAt: now, leaseOwner: null, leaseUntil: null } : {},
    );
    if (r.changed && r.state === "succeeded") {
      await mirrorOnce(deps, { ...g, state: "succeeded", providerVideoUrl: task.videoUrl ?? null }, now);
      return true;
    }
    if (!isActive(r.state)) return r.changed;
  }

  const deadline = (g.submittedAt ?? g.createdAt).getTime() + deps.timeoutMs;
  if (now.getTime() >= deadline) {
    const r = await applyEvent(deps.db, g.id, { type: "deadline_passed", at: now });
    if (r.changed) return true;
  }
  await deps.db.generation.updateMany({
    where: { id: g.id, leaseOwner: deps.owner },
    data: reschedule(g, now),
  });
  return false;
}

function reschedule(g: ClaimedGeneration, now: Date) {
  return {
    nextPollAt: new Date(now.getTime() + nextPollDelayMs(g.pollAttempts)),
    pollAttempts: g.pollAttempts + 1,
    leaseOwner: null,
    leaseUntil: null,
  };
}

async function mirrorOnce(deps: ReconcileDeps, g: ClaimedGeneration, now: Date): Promise<boolean> {
  if (!deps.mirror) {
    await deps.db.generation.updateMany({
      where: { id: g.id },
      data: { nextPollAt: null, leaseOwner: null, leaseUntil: null },
    });
    return false;
  }
  try {
    const videoAssetId = await deps.mirror(g);
    const r = await applyEvent(deps.db, g.id, { type: "mirrored", videoAssetId, at: now });
    return r.changed;
  } catch {
    // The provider's URL keeps playing meanwhile; try again later, then stop trying.
    const attempts = g.mirrorAttempts + 1;
    await deps.db.generation.update({
      where: { id: g.id },
      data: {
        mirrorAttempts: attempts,
        nextPollAt:
          attempts >= MAX_MIRROR_ATTEMPTS ? null : new Date(now.getTime() + nextPollDelayMs(attempts)),
        leaseOwner: null,
        leaseUntil: null,
      },
    });
    return false;
  }
}
