import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { hashOneTimeToken } from "./one-time-token";
import { hashPassword } from "./password";

export type ResetPasswordOutcome =
  { ok: true; userId: string; email: string } | { ok: false; reason: "invalid-link" };

/**
 * Sets a new password through a reset link, all in one transaction: the token is consumed by a
 * compare-and-set (unused and unexpired → used), so of two concurrent uses exactly one wins; then
 * the password changes, every session is revoked (sessionVersion), the address counts as
 * verified (the link came through it) and the user's other reset links stop working.
 */
export async function resetPassword(
  client: PrismaClient,
  input: { token: string; password: string },
): Promise<ResetPasswordOutcome> {
  const tokenHash = hashOneTimeToken(input.token);
  // Hash first, outside the transaction: it is the slow part and needs no lock.
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  return client.$transaction(async (tx) => {
    const consumed = await tx.passwordResetToken.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (consumed.count !== 1) return { ok: false, reason: "invalid-link" } as const;

    const { userId } = await tx.passwordResetToken.findUniqueOrThrow({
      where: { tokenHash },
      select: { userId: true },
    });
    const user = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, email: true, emailVerified: true },
    });
    if (!user.emailVerified) await tx.user.update({ where: { id: userId }, data: { emailVerified: now } });
    await tx.passwordResetToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    return { ok: true, userId, email: user.email } as const;
  });
}
