import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { verifyCredentials } from "@/lib/auth/credentials";
import { AppError } from "@/lib/errors";
import { describeWait } from "@/lib/security/throttle-policy";

/**
 * Asks for the current password before a change that could take the account over or end it. It
 * goes through the sign-in check itself, so guesses made from a stolen session are throttled by
 * the same rules as guesses at the sign-in form. An account without a password (GitHub, Google)
 * has nothing to ask. Returns the account's address, which every caller needs next.
 */
export async function assertCurrentPassword(
  db: PrismaClient,
  input: { userId: string; password: string | undefined; ip: string },
): Promise<{ email: string }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: input.userId },
    select: { email: true, passwordHash: true },
  });
  if (!user.passwordHash) return { email: user.email };
  if (!input.password) throw new AppError("bad_request", "Enter your current password.");
  const outcome = await verifyCredentials(db, { email: user.email, password: input.password, ip: input.ip });
  if (outcome.ok || outcome.reason === "unverified") return { email: user.email };
  if (outcome.reason === "throttled")
    throw new AppError(
      "rate_limited",
      `Too many wrong passwords. Wait ${describeWait(outcome.retryAfterSeconds)}, then try again.`,
    );
  throw new AppError("bad_request", "That is not your current password.");
}
