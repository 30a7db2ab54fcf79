import "server-only";
import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/db/generated/client";
import { mailInbox } from "@/lib/inbox/mail-inbox";
import type { InboxMailJob } from "../jobs/enqueue";
import { QUEUES } from "../jobs/queues";

/**
 * Works a batch of the `notify` queue: each person woken gets one mail of what waits for them.
 * Returns the ids of the jobs to try again (their mail failed; their entries were released).
 */
export async function deliverNotifications(
  deps: { db: PrismaClient; origin: string },
  jobs: readonly { id: string; data: Partial<InboxMailJob> }[],
): Promise<{ retry: string[] }> {
  const retry: string[] = [];
  const done = new Set<string>();
  for (const { id, data } of jobs) {
    // Jobs of an older release (per mention, per video) carry no userId: their news is in the
    // inbox already, and the minute's sweep mails it.
    if (!data.userId || done.has(data.userId)) continue;
    done.add(data.userId);
    try {
      await mailInbox(deps, data.userId);
    } catch {
      retry.push(id);
    }
  }
  return { retry };
}

/** The `notify` queue's worker: a batch delivered, the mails that failed sent back for a retry. */
export const notificationHandler =
  (boss: PgBoss, deps: { db: PrismaClient; origin: string }) =>
  async (batch: PgBoss.Job<InboxMailJob>[]): Promise<void> => {
    const { retry } = await deliverNotifications(deps, batch);
    // Failed before the handler returns, so pg-boss completes only the others (it completes active jobs).
    if (retry.length) await boss.fail(QUEUES.notify.name, retry);
  };
