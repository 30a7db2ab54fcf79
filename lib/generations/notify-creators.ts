import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { deliverMail } from "@/lib/mail/transport";
import { videoReadyMail } from "@/lib/mail/templates";
import { log } from "@/lib/log/logger";

export interface CreatorNotification {
  kind: "generation_ready" | "generation_failed";
  generationId: string;
}

/**
 * Mails creators who opted in (Settings) that their video is ready or failed. A mail that fails
 * is logged, not retried: a missing notification is better than the same one three times.
 */
export async function notifyCreators(
  deps: { db: PrismaClient; origin: string },
  notifications: readonly CreatorNotification[],
): Promise<{ sent: number }> {
  const rows = await deps.db.generation.findMany({
    where: { id: { in: notifications.map((n) => n.generationId) }, creator: { notifyOnReady: true } },
    select: { id: true, prompt: true, errorMessage: true, creator: { select: { email: true } } },
  });
  let sent = 0;
  for (const n of notifications) {
    const g = rows.find((r) => r.id === n.generationId);
    if (!g) continue;
    const ok = n.kind === "generation_ready";
    try {
      await deliverMail(
        videoReadyMail({
          to: g.creator.email,
          prompt: g.prompt,
          ok,
          reason: g.errorMessage,
          url: `${deps.origin}/g/${g.id}`,
        }),
      );
      sent++;
    } catch (error) {
      log.error({ event: "mail.failed", err: error, generationId: g.id }, "ready/failed mail failed");
    }
  }
  return { sent };
}
