import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { confirmationIdentifier } from "./send-email-confirmation";
import { hashOneTimeToken, ONE_TIME_TOKEN_PATTERN } from "./one-time-token";

export type ConfirmEmailOutcome =
  | { ok: true; user: { id: string; email: string; name: string | null } }
  | { ok: false; reason: "invalid-link" };

const PREFIX = confirmationIdentifier("");

/**
 * Uses a confirmation link: in one transaction the token is consumed (deleted only while
 * unexpired: of two concurrent uses exactly one deletes it), the address is marked confirmed, and
 * the address's other confirmation links are dropped. The caller signs the user in.
 */
export async function confirmEmail(client: PrismaClient, token: string): Promise<ConfirmEmailOutcome> {
  const invalid = { ok: false, reason: "invalid-link" } as const;
  if (!ONE_TIME_TOKEN_PATTERN.test(token)) return invalid;
  const tokenHash = hashOneTimeToken(token);
  const now = new Date();
  return client.$transaction(async (tx) => {
    const row = await tx.verificationToken.findFirst({
      where: { token: tokenHash, identifier: { startsWith: PREFIX } },
      select: { identifier: true },
    });
    if (!row) return invalid;
    const consumed = await tx.verificationToken.deleteMany({
      where: { identifier: row.identifier, token: tokenHash, expires: { gt: now } },
    });
    if (consumed.count !== 1) return invalid;

    const email = row.identifier.slice(PREFIX.length);
    const user = await tx.user.findUnique({
      where: { email },
      select: { id: true, email: true, name: true, emailVerified: true },
    });
    if (!user) return invalid;
    if (!user.emailVerified) await tx.user.update({ where: { id: user.id }, data: { emailVerified: now } });
    await tx.verificationToken.deleteMany({ where: { identifier: row.identifier } });
    return { ok: true, user: { id: user.id, email: user.email, name: user.name } } as const;
  });
}

/** What the confirmation page says before the button is pressed: looks only, never consumes. */
export async function emailConfirmationStatus(
  client: PrismaClient,
  token: string,
): Promise<"usable" | "expired" | "unknown"> {
  if (!ONE_TIME_TOKEN_PATTERN.test(token)) return "unknown";
  const row = await client.verificationToken.findFirst({
    where: { token: hashOneTimeToken(token), identifier: { startsWith: PREFIX } },
    select: { expires: true },
  });
  if (!row) return "unknown";
  return row.expires > new Date() ? "usable" : "expired";
}
