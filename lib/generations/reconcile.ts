import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { GrokClient } from "@/lib/grok/client";
import { interpretTask, type InterpretedTask, type TaskRecord } from "@/lib/grok/schemas";
import { applyEvent } from "./apply-event";
import { claimDueGenerations, type ClaimedGeneration } from "./claim-due";
import { findLostTasks } from "./find-lost-tasks";
import { MAX_MIRROR_ATTEMPTS, SUBMIT_TIMEOUT_MS, TASK_GRACE_MS, nextPollDelayMs } from "./schedule";
import { isActive } from "./state-machine";

export interface ReconcileDeps {
  db: PrismaClient;
  grok: Pick<GrokClient, "retrieveTasks" | "listTasks">;
  /** Sends a queued generation whose request never left (its process died first). */
  send?: (generationId: string) => Promise<unknown>;
  /** Copies a finished video into our storage; returns the new asset id. */
  mirror?: (g: ClaimedGeneration) => Promise<string>;
  owner: string;
  timeoutMs: number;
  /** How long the submit waits for an answer; a queued row sent longer ago than this lost it. */
  submitTimeoutMs?: number;
  /** How long the provider may say "no such task" before we believe it. */
  graceMs?: number;
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
 * single `retrieve_batch`, searches the provider's list for submits whose answer was lost,
 * applies what it learns, copies finished videos, and settles tasks the provider does not know
 * or that passed the deadline. Safe to run on every instance at once.
 */
export async function reconcilePendingGenerations(deps: ReconcileDeps): Promise<ReconcileReport> {
  const now = deps.now?.() ?? new Date();
  const claimed = await claimDueGenerations(deps.db, { owner: deps.owner, now, limit: deps.batchSize ?? 50 });
  const report: ReconcileReport = { claimed: claimed.length, upstreamCalls: 0, changed: 0 };
  if (claimed.length === 0) return report;

  // Left queued by a process that died: never sent → send it now; maybe sent → look for it.
  const rows: ClaimedGeneration[] = [];
  for (const g of claimed) {
    if (g.state !== "queued") rows.push(g);
    else if (!g.sendStartedAt) await sendOrphan(deps, g, now);
    else if (await markInterrupted(deps, g, now)) rows.push({ ...g, state: "unknown" });
  }

  const polled = rows.filter((g) => g.taskId && (g.state === "submitted" || g.state === "running"));
  let observed: Map<string, InterpretedTask> | undefined;
  if (polled.length > 0) {
    report.upstreamCalls++;
    try {
      const records = await deps.grok.retrieveTasks(polled.map((g) => g.taskId!));
      observed = new Map(records.map((r) => [r.id, interpretTask(r)]));
    } catch {
      // The upstream is unwell: everything claimed is simply looked at again later.
    }
  }

  const lost = rows.filter((g) => g.state === "unknown" && !g.taskId);
  const searchable = lost.flatMap((g) =>
    g.sendStartedAt && g.sentRequest
      ? [{ id: g.id, sendStartedAt: g.sendStartedAt, sentRequest: g.sentRequest }]
      : [],
  );
  if (searchable.length > 0) report.upstreamCalls++;
  const search = await findLostTasks(deps, searchable, submitTimeout(deps));

  for (const g of rows) {
    let changed: boolean;
    if (g.state === "succeeded") changed = await mirrorOnce(deps, g, now);
    else if (g.state === "unknown" && !g.taskId)
      changed = await settleLost(deps, g, search.found.get(g.id), search.conclusive, now);
    else changed = await settlePolled(deps, g, observed, now);
    if (changed) report.changed++;
  }
  return report;
}

async function sendOrphan(deps: ReconcileDeps, g: ClaimedGeneration, now: Date) {
  await release(deps, g, { nextPollAt: new Date(now.getTime() + submitTimeout(deps) + 15_000) });
  if (deps.send) await deps.send(g.id).catch((e: unknown) => console.error("[reconciler] send", e));
}

async function markInterrupted(deps: ReconcileDeps, g: ClaimedGeneration, now: Date) {
  // Still inside the submit's own wait: its process may yet record the answer.
  if (g.sendStartedAt!.getTime() + submitTimeout(deps) > now.getTime()) {
    await release(deps, g, {
      nextPollAt: new Date(g.sendStartedAt!.getTime() + submitTimeout(deps) + 1_000),
    });
    return false;
  }
  const r = await applyEvent(deps.db, g.id, {
    type: "outcome_unknown",
    code: "interrupted",
    message:
      "The server restarted while sending this video. It will not be sent twice; if Grok started it, it will appear here.",
    at: now,
  });
  return r.changed;
}

async function settleLost(
  deps: ReconcileDeps,
  g: ClaimedGeneration,
  record: TaskRecord | undefined,
  conclusive: boolean,
  now: Date,
): Promise<boolean> {
  if (record) {
    const task = interpretTask(record);
    await applyEvent(deps.db, g.id, {
      type: "accepted",
      taskId: task.taskId,
      traceId: task.traceId,
      at: now,
    });
    return settlePolled(
      deps,
      { ...g, state: "submitted", taskId: task.taskId },
      new Map([[task.taskId, task]]),
      now,
    );
  }
  const sent = g.sendStartedAt?.getTime() ?? g.createdAt.getTime();
  // The provider lists every task made in the window, and none is ours: it never got the request.
  if (conclusive && g.sentRequest && now.getTime() >= sent + submitTimeout(deps) + grace(deps)) {
    return (await applyEvent(deps.db, g.id, { type: "not_found", at: now })).changed;
  }
  return deadlineOrLater(deps, g, now);
}

async function settlePolled(
  deps: ReconcileDeps,
  g: ClaimedGeneration,
  observed: Map<string, InterpretedTask> | undefined,
  now: Date,
): Promise<boolean> {
  const task = g.taskId ? observed?.get(g.taskId) : undefined;
  if (task) {
    if (g.taskMissingSince)
      await deps.db.generation.update({ where: { id: g.id }, data: { taskMissingSince: null } });
    const r = await applyEvent(deps.db, g.id, { type: "observed", task, at: now }, (next) =>
      next === "succeeded" ? { nextPollAt: now, leaseOwner: null, leaseUntil: null } : {},
    );
    if (r.changed && r.state === "succeeded") {
      await mirrorOnce(deps, { ...g, state: "succeeded", providerVideoUrl: task.videoUrl ?? null }, now);
      return true;
    }
    if (!isActive(r.state)) return r.changed;
    if (r.changed) g = { ...g, taskMissingSince: null };
  } else if (observed && g.taskId) {
    // Read fine, yet the provider left this id out: after a grace period, believe it.
    const since = g.taskMissingSince ?? now;
    if (now.getTime() - since.getTime() >= grace(deps)) {
      return (await applyEvent(deps.db, g.id, { type: "not_found", at: now })).changed;
    }
    if (!g.taskMissingSince) {
      await deps.db.generation.update({ where: { id: g.id }, data: { taskMissingSince: now } });
    }
  }
  return deadlineOrLater(deps, g, now);
}

async function deadlineOrLater(deps: ReconcileDeps, g: ClaimedGeneration, now: Date): Promise<boolean> {
  const deadline = (g.submittedAt ?? g.sendStartedAt ?? g.createdAt).getTime() + deps.timeoutMs;
  if (now.getTime() >= deadline) {
    const r = await applyEvent(deps.db, g.id, { type: "deadline_passed", at: now });
    if (r.changed) return true;
  }
  await release(deps, g, {
    nextPollAt: new Date(now.getTime() + nextPollDelayMs(g.pollAttempts)),
    pollAttempts: g.pollAttempts + 1,
  });
  return false;
}

const grace = (deps: ReconcileDeps) => deps.graceMs ?? TASK_GRACE_MS;
const submitTimeout = (deps: ReconcileDeps) => deps.submitTimeoutMs ?? SUBMIT_TIMEOUT_MS;

/** Gives the row back with its next look, if we still hold it. */
const release = (deps: ReconcileDeps, g: ClaimedGeneration, data: Prisma.GenerationUpdateManyMutationInput) =>
  deps.db.generation.updateMany({
    where: { id: g.id, leaseOwner: deps.owner },
    data: { ...data, leaseOwner: null, leaseUntil: null },
  });

async function mirrorOnce(deps: ReconcileDeps, g: ClaimedGeneration, now: Date): Promise<boolean> {
  if (!deps.mirror) {
    await release(deps, g, { nextPollAt: null });
    return false;
  }
  try {
    const videoAssetId = await deps.mirror(g);
    const r = await applyEvent(deps.db, g.id, { type: "mirrored", videoAssetId, at: now });
    if (r.changed) await deps.db.generation.update({ where: { id: g.id }, data: { mirrorError: null } });
    return r.changed;
  } catch (error) {
    // The provider's URL keeps playing meanwhile; try again later, then stop and say so.
    const attempts = g.mirrorAttempts + 1;
    const reason = error instanceof Error ? error.message : String(error);
    const last = attempts >= MAX_MIRROR_ATTEMPTS;
    // Each failure is logged where it happens (mirror-video); giving up is worth an error of its own.
    if (last) console.error(`[mirror] generation ${g.id}: not saved after ${attempts} attempts: ${reason}`);
    await deps.db.generation.updateMany({
      where: { id: g.id },
      data: {
        mirrorAttempts: attempts,
        mirrorError: reason.slice(0, 500),
        nextPollAt: last ? null : new Date(now.getTime() + nextPollDelayMs(attempts)),
        leaseOwner: null,
        leaseUntil: null,
      },
    });
    return false;
  }
}
