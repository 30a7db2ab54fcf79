import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { GrokClient } from "@/lib/grok/client";
import type { Jobs } from "@/lib/jobs/enqueue";
import { interpretTask, type InterpretedTask, type TaskRecord } from "@/lib/grok/schemas";
import { applyEvent, type ApplyResult } from "./apply-event";
import { findLostTasks } from "./find-lost-tasks";
import { followUp, scheduleLook } from "./follow-up";
import { SUBMIT_TIMEOUT_MS, TASK_GRACE_MS } from "./next-poll";
import { loadPending, type PendingGeneration } from "./pending-generation";
import { isPolled } from "./state-machine";

export interface PollDeps {
  db: PrismaClient;
  grok: Pick<GrokClient, "retrieveTasks" | "listTasks">;
  jobs?: Jobs;
  /** From the first send to `timed_out`. */
  timeoutMs: number;
  /** How long the submit waits for an answer; a queued row sent longer ago than this lost it. */
  submitTimeoutMs?: number;
  /** How long the provider may say "no such task" before we believe it. */
  graceMs?: number;
  now?: () => Date;
}

export interface PollReport {
  checked: number;
  upstreamCalls: number;
  changed: number;
}

/**
 * Polls a batch of pending generations (the `poll` jobs due together): reads all their tasks
 * with one `retrieve_batch`, searches the provider's list for submits whose answer was lost,
 * applies what it learns, and books each one's next poll or follow-up. Generations that are no
 * longer pending are skipped, so a poll that runs twice changes nothing twice.
 */
export async function pollGenerations(deps: PollDeps, ids: string[]): Promise<PollReport> {
  const now = deps.now?.() ?? new Date();
  const pending = await loadPending(deps.db, ids);
  const report: PollReport = { checked: pending.length, upstreamCalls: 0, changed: 0 };

  // Left queued after its request went out (its process died first): unknown once the wait is over.
  const rows: PendingGeneration[] = [];
  for (const g of pending) {
    // A timed-out generation is looked at only when a late look is booked (follow-up.ts).
    if (isPolled(g.state) || (g.state === "timed_out" && g.nextPollAt)) rows.push(g);
    // (Anything else is settled, or finished and waiting for its copy: nothing to poll.)
    else if (g.state !== "queued") continue;
    else if (g.sendStartedAt && (await markInterrupted(deps, g, now))) rows.push({ ...g, state: "unknown" });
  }

  const polled = rows.filter((g) => g.taskId && g.state !== "unknown");
  let observed: Map<string, InterpretedTask> | undefined;
  if (polled.length > 0) {
    report.upstreamCalls++;
    try {
      const records = await deps.grok.retrieveTasks(polled.map((g) => g.taskId!));
      observed = new Map(records.map((r) => [r.id, interpretTask(r)]));
    } catch {
      // The upstream is unwell: everything here is simply polled again later.
    }
  }

  const lost = rows.filter(isLost);
  const searchable = lost.flatMap((g) =>
    g.sendStartedAt && g.sentRequest
      ? [{ id: g.id, sendStartedAt: g.sendStartedAt, sentRequest: g.sentRequest }]
      : [],
  );
  if (searchable.length > 0) report.upstreamCalls++;
  const search = await findLostTasks(deps, searchable, submitTimeout(deps));

  for (const g of rows) {
    const r = isLost(g)
      ? await settleLost(deps, g, search.found.get(g.id), search.conclusive, now)
      : await settlePolled(deps, g, observed, now);
    if (r.changed) report.changed++;
    if (r.changed) await followUp(deps, g.id, r, now, g.pollAttempts + 1);
    else await lookAgain(deps, g, r, now);
  }
  return report;
}

/** A submit whose answer was lost and whose task was never seen: searched for in the provider's list. */
const isLost = (g: PendingGeneration) => (g.state === "unknown" || g.state === "timed_out") && !g.taskId;

async function markInterrupted(deps: PollDeps, g: PendingGeneration, now: Date): Promise<boolean> {
  const answerDue = g.sendStartedAt!.getTime() + submitTimeout(deps);
  // Still inside the submit's own wait: its process may yet record the answer.
  if (answerDue > now.getTime()) {
    await deps.db.generation.update({
      where: { id: g.id },
      data: { nextPollAt: new Date(answerDue + 1_000) },
    });
    await deps.jobs?.poll(g.id, new Date(answerDue + 1_000));
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
  deps: PollDeps,
  g: PendingGeneration,
  record: TaskRecord | undefined,
  conclusive: boolean,
  now: Date,
): Promise<ApplyResult> {
  if (record) {
    const task = interpretTask(record);
    const accepted = await applyEvent(deps.db, g.id, {
      type: "accepted",
      taskId: task.taskId,
      traceId: task.traceId,
      at: now,
    });
    const polled = await settlePolled(
      deps,
      { ...g, state: "submitted", taskId: task.taskId },
      new Map([[task.taskId, task]]),
      now,
    );
    return polled.changed ? polled : accepted;
  }
  const sent = g.sendStartedAt?.getTime() ?? g.createdAt.getTime();
  // The provider lists every task made in the window, and none is ours: it never got the request.
  if (conclusive && g.sentRequest && now.getTime() >= sent + submitTimeout(deps) + grace(deps)) {
    return applyEvent(deps.db, g.id, { type: "not_found", at: now });
  }
  return deadline(deps, g, now);
}

async function settlePolled(
  deps: PollDeps,
  g: PendingGeneration,
  observed: Map<string, InterpretedTask> | undefined,
  now: Date,
): Promise<ApplyResult> {
  const task = g.taskId ? observed?.get(g.taskId) : undefined;
  if (task) {
    const r = await applyEvent(deps.db, g.id, { type: "observed", task, at: now }, () =>
      g.taskMissingSince ? { taskMissingSince: null } : {},
    );
    if (!isPolled(r.state)) return r;
    // Still pending (perhaps a step further): past the deadline all the same.
    const late = await deadline(deps, g, now);
    return late.changed ? late : r;
  } else if (observed && g.taskId) {
    // Read fine, yet the provider left this id out: after a grace period, believe it.
    const since = g.taskMissingSince ?? now;
    if (now.getTime() - since.getTime() >= grace(deps)) {
      return applyEvent(deps.db, g.id, { type: "not_found", at: now });
    }
    if (!g.taskMissingSince) {
      await deps.db.generation.update({ where: { id: g.id }, data: { taskMissingSince: now } });
    }
  }
  return deadline(deps, g, now);
}

async function deadline(deps: PollDeps, g: PendingGeneration, now: Date): Promise<ApplyResult> {
  const end = (g.submittedAt ?? g.sendStartedAt ?? g.createdAt).getTime() + deps.timeoutMs;
  if (now.getTime() >= end) return applyEvent(deps.db, g.id, { type: "deadline_passed", at: now });
  return { changed: false, state: g.state };
}

/** Nothing new: the next poll, later each time (next-poll.ts). */
async function lookAgain(deps: PollDeps, g: PendingGeneration, r: ApplyResult, now: Date) {
  const attempts = g.pollAttempts + 1;
  await deps.db.generation.update({ where: { id: g.id }, data: { pollAttempts: attempts } });
  await scheduleLook(deps, g.id, r.state, now, attempts);
}

const grace = (deps: PollDeps) => deps.graceMs ?? TASK_GRACE_MS;
const submitTimeout = (deps: PollDeps) => deps.submitTimeoutMs ?? SUBMIT_TIMEOUT_MS;
