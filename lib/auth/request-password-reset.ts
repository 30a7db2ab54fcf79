import "server-only";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { PrismaClient } from "@/lib/db/generated/client";
import { deliverMail } from "@/lib/mail/transport";
import { passwordResetMail } from "@/lib/mail/templates";
import { UNKNOWN_IP } from "./client-ip";
import { newOneTimeToken } from "./one-time-token";

export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

/** Reset mails per address and per client address in an hour: enough for a person, not a flood. */
export const RESET_REQUEST_LIMITS = { perEmail: 3, perIp: 10, windowSeconds: 60 * 60 } as const;

export type PasswordResetRequestOutcome = "sent" | "no-account" | "throttled";

/**
 * Mails a one-hour, single-use reset link to the account of `email`, if there is one. The
 * outcome is for logs and tests only: callers answer every request the same way, so the form
 * cannot tell who has an account. `origin` is the app's absolute origin (lib/server/app-origin.ts).
 */
export async function requestPasswordReset(
  client: PrismaClient,
  input: { email: string; ip: string; origin: string },
): Promise<PasswordResetRequestOutcome> {
  if (!(await withinRequestLimits(client, input.email, input.ip))) return "throttled";

  const user = await client.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (!user) return "no-account";

  const { token, tokenHash } = newOneTimeToken();
  await client.passwordResetToken.create({
    data: { userId: user.id, tokenHash, expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MS) },
  });
  await deliverMail(passwordResetMail({ to: input.email, url: `${input.origin}/reset-password/${token}` }));
  return "sent";
}

/** Counts the request per email and per IP (unless the IP is unknown: one shared bucket would let anyone block everyone). */
async function withinRequestLimits(client: PrismaClient, email: string, ip: string): Promise<boolean> {
  const limiter = (keyPrefix: string, points: number) =>
    new RateLimiterPrisma({
      storeClient: client,
      tableName: "rateLimiterFlexible",
      keyPrefix,
      points,
      duration: RESET_REQUEST_LIMITS.windowSeconds,
      clearExpiredByTimeout: false,
    });
  const checks = [limiter("reset:email", RESET_REQUEST_LIMITS.perEmail).consume(email.toLowerCase())];
  if (ip !== UNKNOWN_IP) checks.push(limiter("reset:ip", RESET_REQUEST_LIMITS.perIp).consume(ip));
  const results = await Promise.allSettled(checks);
  for (const result of results) {
    if (result.status === "rejected" && result.reason instanceof Error) throw result.reason;
  }
  return results.every((result) => result.status === "fulfilled");
}
