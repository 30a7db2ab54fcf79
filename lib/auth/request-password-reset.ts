import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { deliverMail } from "@/lib/mail/transport";
import { passwordResetMail } from "@/lib/mail/templates";
import { hitWindow, refundHits } from "@/lib/security/sliding-window";
import { UNKNOWN_IP } from "./client-ip";
import { newOneTimeToken } from "./one-time-token";

export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;

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

/**
 * Counts the request per client address, then per email (rules "reset-ip" and "reset-email" in
 * lib/security/throttle-policy.ts). An unknown address skips its rule: one shared bucket would let
 * anyone block everyone. A request refused by the email rule gives its address count back.
 */
async function withinRequestLimits(client: PrismaClient, email: string, ip: string): Promise<boolean> {
  const counted: bigint[] = [];
  if (ip !== UNKNOWN_IP) {
    const byAddress = await hitWindow(client, "reset-ip", ip);
    if (!byAddress.allowed) return false;
    counted.push(byAddress.id);
  }
  const byEmail = await hitWindow(client, "reset-email", email.toLowerCase());
  if (!byEmail.allowed) await refundHits(client, counted);
  return byEmail.allowed;
}
