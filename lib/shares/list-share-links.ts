import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";

/** A live share link as the lists show it (its URL cannot be shown again: only its hash is kept). */
export interface ShareLinkRow {
  id: string;
  title: string | null;
  videos: Array<{ id: string; prompt: string }>;
  createdBy: { id: string; name: string };
  createdAt: string;
  expiresAt: string | null;
  viewCount: number;
  lastViewedAt: string | null;
  hasPassword: boolean;
  allowDownload: boolean;
  showPrompt: boolean;
  allowComments: boolean;
  /** The URL's last 4 characters (links made before it was kept have none). */
  tokenHint: string | null;
}

const LIST_LIMIT = 200;

/**
 * The workspace's links that still open (not revoked, not expired), newest first; with
 * `generationId`, only those that show that video. With `stoppedWithMaker`, instead the links that
 * would still open but stopped when their maker left the team (for admins to make again).
 */
export async function listShareLinks(
  db: PrismaClient,
  input: { workspaceId: string; generationId?: string; now?: Date; stoppedWithMaker?: boolean },
): Promise<ShareLinkRow[]> {
  const now = input.now ?? new Date();
  const rows = await db.shareLink.findMany({
    where: {
      workspaceId: input.workspaceId,
      ...(input.stoppedWithMaker ? { revokedReason: "maker-left" } : { revokedAt: null }),
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
      ...(input.generationId ? { items: { some: { generationId: input.generationId } } } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIST_LIMIT,
    select: {
      id: true,
      title: true,
      createdAt: true,
      expiresAt: true,
      viewCount: true,
      lastViewedAt: true,
      passwordHash: true,
      allowDownload: true,
      showPrompt: true,
      allowComments: true,
      tokenHint: true,
      createdBy: { select: { id: true, name: true, email: true } },
      items: {
        orderBy: { position: "asc" },
        select: { generation: { select: { id: true, prompt: true, deletedAt: true } } },
      },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    videos: r.items
      .filter((i) => !i.generation.deletedAt)
      .map((i) => ({ id: i.generation.id, prompt: i.generation.prompt })),
    createdBy: { id: r.createdBy.id, name: r.createdBy.name ?? r.createdBy.email },
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt?.toISOString() ?? null,
    viewCount: r.viewCount,
    lastViewedAt: r.lastViewedAt?.toISOString() ?? null,
    hasPassword: Boolean(r.passwordHash),
    allowDownload: r.allowDownload,
    showPrompt: r.showPrompt,
    allowComments: r.allowComments,
    tokenHint: r.tokenHint,
  }));
}
