import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { hashOneTimeToken, newOneTimeToken, ONE_TIME_TOKEN_PATTERN } from "@/lib/auth/one-time-token";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { deliverMail } from "@/lib/mail/transport";
import { emailChangedMail, emailChangeMail } from "@/lib/mail/templates";
import { log } from "@/lib/log/logger";
import { assertCurrentPassword } from "./current-password";

export const EMAIL_CHANGE_TTL_MS = 24 * 60 * 60 * 1000;

/** Auth.js's VerificationToken rows of this flow: `change-email:<user id>:<new address>`. */
const PREFIX = "change-email:";
const identifierOf = (userId: string, email: string) => `${PREFIX}${userId}:${email}`;

/**
 * Starts moving the account to a new address. While mail really leaves, the address changes only
 * once a link sent to it is used (nobody can move an account to an address they cannot read), and
 * the answer is the same whether or not the address is taken (it does not tell who has an
 * account). Without a mail server there is nobody to confirm it, as at sign-up: it changes at once.
 */
export async function requestEmailChange(
  db: PrismaClient,
  input: {
    userId: string;
    email: string;
    password: string | undefined;
    ip: string;
    origin: string;
    confirmByMail: boolean;
  },
): Promise<{ status: "sent" | "changed"; email: string }> {
  const user = await assertCurrentPassword(db, {
    userId: input.userId,
    password: input.password,
    ip: input.ip,
  });
  if (user.email === input.email) throw new AppError("bad_request", "That is already your address.");
  const taken = (await db.user.count({ where: { email: input.email } })) > 0;
  if (!input.confirmByMail) {
    if (taken) throw new AppError("conflict", "That address belongs to another account.");
    await moveAddress(db, { userId: input.userId, email: input.email, previous: user.email });
    return { status: "changed", email: input.email };
  }
  if (!taken) {
    const { token, tokenHash } = newOneTimeToken();
    await db.$transaction([
      // One pending change at a time: a new request voids the links of the ones before.
      db.verificationToken.deleteMany({ where: { identifier: { startsWith: `${PREFIX}${input.userId}:` } } }),
      db.verificationToken.create({
        data: {
          identifier: identifierOf(input.userId, input.email),
          token: tokenHash,
          expires: new Date(Date.now() + EMAIL_CHANGE_TTL_MS),
        },
      }),
    ]);
    await deliverMail(
      emailChangeMail({ to: input.email, url: `${input.origin}/confirm-email-change/${token}` }),
    );
  }
  return { status: "sent", email: input.email };
}

/** What the link's page says before its button is pressed: looks only, never consumes. */
export async function emailChangeStatus(
  db: PrismaClient,
  token: string,
): Promise<{ status: "usable"; email: string } | { status: "expired" | "unknown" }> {
  if (!ONE_TIME_TOKEN_PATTERN.test(token)) return { status: "unknown" };
  const row = await db.verificationToken.findFirst({
    where: { token: hashOneTimeToken(token), identifier: { startsWith: PREFIX } },
    select: { identifier: true, expires: true },
  });
  if (!row) return { status: "unknown" };
  if (row.expires <= new Date()) return { status: "expired" };
  return { status: "usable", email: parseIdentifier(row.identifier).email };
}

export type EmailChangeOutcome =
  { ok: true; email: string } | { ok: false; reason: "invalid-link" | "taken" };

/**
 * Uses a link: the token is consumed (of two concurrent uses exactly one deletes it) and the
 * account moves to the address it names, which then counts as confirmed. The old address is told,
 * so a change nobody asked for does not go unseen.
 */
export async function confirmEmailChange(db: PrismaClient, token: string): Promise<EmailChangeOutcome> {
  const invalid = { ok: false, reason: "invalid-link" } as const;
  if (!ONE_TIME_TOKEN_PATTERN.test(token)) return invalid;
  const tokenHash = hashOneTimeToken(token);
  const row = await db.verificationToken.findFirst({
    where: { token: tokenHash, identifier: { startsWith: PREFIX } },
    select: { identifier: true },
  });
  if (!row) return invalid;
  const consumed = await db.verificationToken.deleteMany({
    where: { identifier: row.identifier, token: tokenHash, expires: { gt: new Date() } },
  });
  if (consumed.count !== 1) return invalid;
  const { userId, email } = parseIdentifier(row.identifier);
  const user = await db.user.findFirst({ where: { id: userId, deletedAt: null }, select: { email: true } });
  if (!user) return invalid;
  try {
    await moveAddress(db, { userId, email, previous: user.email });
  } catch (error) {
    // Taken between the request and the link (someone signed up with it meanwhile).
    if (isUniqueViolation(error)) return { ok: false, reason: "taken" };
    throw error;
  }
  return { ok: true, email };
}

async function moveAddress(db: PrismaClient, input: { userId: string; email: string; previous: string }) {
  await db.user.update({
    where: { id: input.userId },
    data: { email: input.email, emailVerified: new Date() },
  });
  // Best effort: the change is made; a mail server that is down must not make it look failed.
  await deliverMail(emailChangedMail({ to: input.previous, email: input.email })).catch((err: unknown) =>
    log.warn({ event: "mail.failed", err }, "the old address was not told of its change"),
  );
}

function parseIdentifier(identifier: string): { userId: string; email: string } {
  const rest = identifier.slice(PREFIX.length);
  const colon = rest.indexOf(":");
  return { userId: rest.slice(0, colon), email: rest.slice(colon + 1) };
}
