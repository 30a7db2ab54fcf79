import type { Prisma } from "@/lib/db/generated/client";
import { displayName } from "./mentions";

/** A comment as the browser gets it. */
export interface CommentDto {
  id: string;
  body: string;
  /** The moment of the video it is about, in seconds; null for the whole video. */
  atSeconds: number | null;
  /** A guest's comment (through a share link): `id` is "guest", `name` the name they gave. */
  author: { id: string; name: string; guest: boolean };
  /** The members it mentions, to highlight their "@Name" in the text. */
  mentions: { userId: string; name: string }[];
  createdAt: string;
  editedAt: string | null;
  /** The comment that opened its thread; null for a thread's first comment. */
  parentId: string | null;
  /** A thread's first comment, when resolved: when and by whom (replies follow their thread). */
  resolved: { at: string; by: string } | null;
}

const person = { select: { id: true, name: true, email: true } } as const;

export const commentDtoSelect = {
  id: true,
  body: true,
  atSeconds: true,
  createdAt: true,
  editedAt: true,
  parentId: true,
  resolvedAt: true,
  resolvedBy: person,
  author: person,
  guestName: true,
  mentions: { select: { user: person } },
} as const satisfies Prisma.CommentSelect;

type Row = Prisma.CommentGetPayload<{ select: typeof commentDtoSelect }>;

export function toCommentDto(row: Row): CommentDto {
  return {
    id: row.id,
    body: row.body,
    atSeconds: row.atSeconds,
    author: row.author
      ? { id: row.author.id, name: displayName(row.author), guest: false }
      : { id: "guest", name: row.guestName ?? "Guest", guest: true },
    mentions: row.mentions.map((m) => ({ userId: m.user.id, name: displayName(m.user) })),
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    parentId: row.parentId,
    resolved: row.resolvedAt
      ? { at: row.resolvedAt.toISOString(), by: row.resolvedBy ? displayName(row.resolvedBy) : "Someone" }
      : null,
  };
}
