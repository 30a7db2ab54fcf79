import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";

/** The user's opt-in to a mail when one of their videos is ready (or failed). */
export async function setNotifyOnReady(db: PrismaClient, input: { userId: string; enabled: boolean }) {
  await db.user.update({ where: { id: input.userId }, data: { notifyOnReady: input.enabled } });
  return { enabled: input.enabled };
}
