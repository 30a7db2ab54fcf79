import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { hashPassword } from "@/lib/auth/password";
import { assertCurrentPassword } from "./current-password";

/**
 * Sets a new password (or a first one, for an account made through GitHub or Google) and ends every
 * session, on every device: the version each session carries no longer matches. The caller signs
 * this browser in again with the new password, so only the others are signed out.
 */
export async function changePassword(
  db: PrismaClient,
  input: { userId: string; current: string | undefined; next: string; ip: string },
): Promise<{ email: string }> {
  await assertCurrentPassword(db, { userId: input.userId, password: input.current, ip: input.ip });
  const passwordHash = await hashPassword(input.next);
  return db.user.update({
    where: { id: input.userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { email: true },
  });
}
