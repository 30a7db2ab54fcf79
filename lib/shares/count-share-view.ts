import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";

/** One more view of a share page (its media requests are not views: a video asks for many ranges). */
export async function countShareView(db: PrismaClient, input: { id: string; now?: Date }): Promise<void> {
  await db.shareLink.update({
    where: { id: input.id },
    data: { viewCount: { increment: 1 }, lastViewedAt: input.now ?? new Date() },
    select: { id: true },
  });
}
