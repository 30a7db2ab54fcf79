import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { NOTIFICATION_KINDS, type NotificationKind } from "./kinds";

/**
 * Which inbox entries also come by mail. Entries already waiting for a mail of a kind turned off
 * are not mailed (the mailer reads this again when it runs).
 */
export async function setMailKinds(
  db: PrismaClient,
  input: { userId: string; kinds: readonly NotificationKind[] },
): Promise<NotificationKind[]> {
  const kinds = NOTIFICATION_KINDS.filter((k) => input.kinds.includes(k));
  await db.user.update({ where: { id: input.userId }, data: { mailKinds: kinds } });
  return kinds;
}
