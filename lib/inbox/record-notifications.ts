import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { NotificationKind } from "./kinds";

/** What an inbox entry reports, by kind (kept as JSON on the row; read by `describeEntry`). */
export interface NotificationDetail {
  /** The video's prompt, as it was: the entry still reads when the video is renamed or deleted. */
  prompt?: string;
  excerpt?: string;
  atSeconds?: number | null;
  /** In a film: the shot the moment falls in ("Shot 2"). */
  shot?: string;
  /** review_status: the status it was set to. */
  to?: string;
  /** member_joined: the role they joined as. */
  role?: string;
  /** generation_failed: the plain-language reason. */
  reason?: string | null;
  /** guest_feedback: the name the guest gave. */
  guest?: string;
}

export interface NewNotification {
  userId: string;
  workspaceId: string;
  kind: NotificationKind;
  actorId?: string | null;
  generationId?: string | null;
  commentId?: string | null;
  detail?: NotificationDetail;
  /** The same event reported twice (a retried job) makes one entry. */
  dedupeKey?: string;
}

/**
 * Writes inbox entries, inside the transaction of the change they report. Nobody is told about
 * their own doing, nor about a workspace they are no longer in. An entry is marked for mail when
 * its recipient wants that kind by mail; returns those recipients, for the mailer to be woken.
 */
export async function recordNotifications(
  tx: Prisma.TransactionClient | PrismaClient,
  entries: readonly NewNotification[],
): Promise<string[]> {
  const wanted = entries.filter((e) => e.userId !== e.actorId);
  if (!wanted.length) return [];
  const people = await tx.user.findMany({
    where: { id: { in: [...new Set(wanted.map((e) => e.userId))] } },
    select: { id: true, mailKinds: true, memberships: { select: { workspaceId: true } } },
  });
  const rows = wanted.flatMap((e) => {
    const person = people.find((p) => p.id === e.userId);
    if (!person?.memberships.some((m) => m.workspaceId === e.workspaceId)) return [];
    return [
      {
        userId: e.userId,
        workspaceId: e.workspaceId,
        kind: e.kind,
        actorId: e.actorId ?? null,
        generationId: e.generationId ?? null,
        commentId: e.commentId ?? null,
        detail: (e.detail ?? {}) as Prisma.InputJsonObject,
        dedupeKey: e.dedupeKey ?? null,
        mailPending: person.mailKinds.includes(e.kind),
      },
    ];
  });
  if (!rows.length) return [];
  await tx.notification.createMany({ data: rows, skipDuplicates: true });
  return [...new Set(rows.filter((r) => r.mailPending).map((r) => r.userId))];
}
