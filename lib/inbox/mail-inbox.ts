import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { deliverMail } from "@/lib/mail/transport";
import { inboxMail } from "@/lib/mail/templates";
import { log } from "@/lib/log/logger";
import { describeEntry, entryHref, entryQuote, toEntrySource } from "./describe-entry";

/**
 * Mails someone what waits for them in their inbox, as one mail however many entries arrived
 * together. Entries are claimed (mailPending → false, compare-and-set) before the mail leaves, so
 * two workers running the same wake-up mail once; a mail the server refused is released again for
 * the next attempt. Nothing is mailed about a video or comment deleted since, from a workspace they
 * left, or of a kind they have since turned off.
 */
export async function mailInbox(
  deps: { db: PrismaClient; origin: string },
  userId: string,
): Promise<{ sent: number }> {
  const { db } = deps;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { email: true, mailKinds: true, memberships: { select: { workspaceId: true } } },
  });
  if (!user) return { sent: 0 };
  const claimed = await db.notification.updateManyAndReturn({
    where: { userId, mailPending: true },
    data: { mailPending: false },
    select: {
      id: true,
      kind: true,
      workspaceId: true,
      generationId: true,
      commentId: true,
      detail: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
      workspace: { select: { name: true } },
      generation: { select: { deletedAt: true } },
      comment: { select: { deletedAt: true } },
    },
  });
  const due = claimed
    .filter(
      (n) =>
        user.mailKinds.includes(n.kind) &&
        user.memberships.some((m) => m.workspaceId === n.workspaceId) &&
        !n.generation?.deletedAt &&
        !n.comment?.deletedAt,
    )
    .toSorted((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  if (!due.length) return { sent: 0 };
  const entries = due.map((n) => {
    const source = toEntrySource(n);
    return {
      text: describeEntry(source),
      quote: entryQuote(source),
      url: `${deps.origin}${entryHref(source)}`,
    };
  });
  try {
    await deliverMail(inboxMail({ to: user.email, entries, settingsUrl: `${deps.origin}/settings` }));
    return { sent: 1 };
  } catch (error) {
    log.error({ event: "mail.failed", err: error, userId }, "inbox mail failed");
    await db.notification.updateMany({
      where: { id: { in: due.map((n) => n.id) } },
      data: { mailPending: true },
    });
    throw error;
  }
}

/**
 * The outbox's backstop, run every minute: wakes the mailer for everyone with entries waiting
 * longer than the batching delay (a wake-up that was never queued, a worker that died). Entries
 * older than a day are not mailed any more: news that late is read in the inbox.
 */
export async function wakeOverdueInboxMail(deps: {
  db: PrismaClient;
  wake: (userId: string) => Promise<void>;
  delaySeconds: number;
  now?: Date;
}): Promise<number> {
  const now = deps.now ?? new Date();
  const rows = await deps.db.notification.findMany({
    where: {
      mailPending: true,
      createdAt: {
        lt: new Date(now.getTime() - deps.delaySeconds * 1000),
        gt: new Date(now.getTime() - 24 * 60 * 60 * 1000),
      },
    },
    distinct: ["userId"],
    select: { userId: true },
    take: 500,
  });
  for (const { userId } of rows) await deps.wake(userId);
  return rows.length;
}
