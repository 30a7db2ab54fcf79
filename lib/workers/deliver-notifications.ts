import "server-only";
import type PgBoss from "pg-boss";
import type { PrismaClient } from "@/lib/db/generated/client";
import { notifyCreators } from "@/lib/generations/notify-creators";
import { notifyMentions } from "@/lib/reviews/notify-mentions";
import type { Notification } from "../jobs/enqueue";
import { QUEUES } from "../jobs/queues";

/**
 * Works a batch of the `notify` queue: video-ready mails and mention mails. Returns the ids of
 * the jobs to try again: only mention mails, which are claimed per mention and so safe to repeat
 * (a video-ready mail that failed is not repeated, see notifyCreators).
 */
export async function deliverNotifications(
  deps: { db: PrismaClient; origin: string },
  jobs: readonly { id: string; data: Notification }[],
): Promise<{ retry: string[] }> {
  const creators = jobs.flatMap(({ data }) => (data.kind === "comment_mention" ? [] : [data]));
  const mentions = jobs.flatMap(({ id, data }) =>
    data.kind === "comment_mention" ? [{ jobId: id, mentionId: data.mentionId }] : [],
  );
  if (creators.length) await notifyCreators(deps, creators);
  if (!mentions.length) return { retry: [] };
  const { failed } = await notifyMentions(
    deps,
    mentions.map((m) => m.mentionId),
  );
  return { retry: mentions.filter((m) => failed.includes(m.mentionId)).map((m) => m.jobId) };
}

/** The `notify` queue's worker: a batch delivered, the mention mails that failed sent back for a retry. */
export const notificationHandler =
  (boss: PgBoss, deps: { db: PrismaClient; origin: string }) =>
  async (batch: PgBoss.Job<Notification>[]): Promise<void> => {
    const { retry } = await deliverNotifications(deps, batch);
    // Failed before the handler returns, so pg-boss completes only the others (it completes active jobs).
    if (retry.length) await boss.fail(QUEUES.notify.name, retry);
  };
