import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { displayName } from "@/lib/reviews/mentions";
import { describeEntry, entryHref, entryQuote, toEntrySource, type EntrySource } from "./describe-entry";

/** An inbox entry as the browser gets it. */
export interface InboxEntry {
  id: string;
  kind: EntrySource["kind"];
  text: string;
  quote: string | null;
  href: string;
  actor: { id: string; name: string } | null;
  workspaceName: string;
  createdAt: string;
  read: boolean;
}

export const INBOX_PAGE_SIZE = 50;

/** Someone's newest entries from all their workspaces (only those they are still in). */
export async function listInbox(db: PrismaClient, userId: string): Promise<InboxEntry[]> {
  const rows = await db.notification.findMany({
    where: { userId, workspace: { memberships: { some: { userId } } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: INBOX_PAGE_SIZE,
    select: {
      id: true,
      kind: true,
      workspaceId: true,
      generationId: true,
      commentId: true,
      detail: true,
      readAt: true,
      createdAt: true,
      actor: { select: { id: true, name: true, email: true } },
      workspace: { select: { name: true } },
    },
  });
  return rows.map((r) => {
    const source = toEntrySource(r);
    return {
      id: r.id,
      kind: r.kind,
      text: describeEntry(source),
      quote: entryQuote(source),
      href: entryHref(source),
      actor: r.actor ? { id: r.actor.id, name: displayName(r.actor) } : null,
      workspaceName: r.workspace.name,
      createdAt: r.createdAt.toISOString(),
      read: r.readAt !== null,
    };
  });
}

/** The bell's number: unread entries from the workspaces they are still in. */
export function countUnread(db: PrismaClient, userId: string): Promise<number> {
  return db.notification.count({
    where: { userId, readAt: null, workspace: { memberships: { some: { userId } } } },
  });
}

/** Marks some of the caller's entries read (or all of them): another person's ids change nothing. */
export async function markRead(
  db: PrismaClient,
  input: { userId: string; ids?: readonly string[]; now?: Date },
): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId: input.userId, readAt: null, ...(input.ids ? { id: { in: [...input.ids] } } : {}) },
    data: { readAt: input.now ?? new Date() },
  });
  return count;
}
