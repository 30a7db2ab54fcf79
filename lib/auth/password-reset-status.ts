import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { hashOneTimeToken, ONE_TIME_TOKEN_PATTERN } from "./one-time-token";

export type PasswordResetLinkStatus = "usable" | "expired" | "used" | "unknown";

/** What the reset page says before anyone types: looks only, never consumes the token. */
export async function passwordResetStatus(
  client: PrismaClient,
  token: string,
): Promise<PasswordResetLinkStatus> {
  if (!ONE_TIME_TOKEN_PATTERN.test(token)) return "unknown";
  const row = await client.passwordResetToken.findUnique({
    where: { tokenHash: hashOneTimeToken(token) },
    select: { usedAt: true, expiresAt: true },
  });
  if (!row) return "unknown";
  if (row.usedAt) return "used";
  return row.expiresAt > new Date() ? "usable" : "expired";
}
