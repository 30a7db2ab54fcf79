import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { deliverMail } from "@/lib/mail/transport";
import { confirmEmailMail } from "@/lib/mail/templates";
import { safePath } from "@/lib/validation/safe-path";
import { newOneTimeToken } from "./one-time-token";

export const EMAIL_CONFIRMATION_TTL_MS = 24 * 60 * 60 * 1000;
/** No second link within this long: signing in again and again must not flood the mailbox. */
export const EMAIL_CONFIRMATION_RESEND_AFTER_MS = 60 * 1000;

/** Auth.js's VerificationToken rows of this flow, apart from any other use of the table. */
export const confirmationIdentifier = (email: string) => `confirm-email:${email.toLowerCase()}`;

/**
 * Mails a single-use, 24-hour link that confirms the address and signs its owner in. Only the
 * token's SHA-256 is stored. Does nothing for an unknown or already confirmed address. `next`
 * (a path of this site) rides in the link's query: it is where the person was going, not a secret.
 */
export async function sendEmailConfirmation(
  client: PrismaClient,
  input: { email: string; origin: string; next?: string },
): Promise<"sent" | "not-needed" | "recently-sent"> {
  const user = await client.user.findUnique({
    where: { email: input.email },
    select: { emailVerified: true },
  });
  if (!user || user.emailVerified) return "not-needed";
  const identifier = confirmationIdentifier(input.email);
  // A link's creation time is its expiry minus the lifetime (the table has no createdAt).
  const recent = await client.verificationToken.count({
    where: {
      identifier,
      expires: { gt: new Date(Date.now() + EMAIL_CONFIRMATION_TTL_MS - EMAIL_CONFIRMATION_RESEND_AFTER_MS) },
    },
  });
  if (recent > 0) return "recently-sent";
  const { token, tokenHash } = newOneTimeToken();
  await client.verificationToken.create({
    data: {
      identifier,
      token: tokenHash,
      expires: new Date(Date.now() + EMAIL_CONFIRMATION_TTL_MS),
    },
  });
  const next = safePath(input.next);
  const query = next === "/studio" ? "" : `?next=${encodeURIComponent(next)}`;
  await deliverMail(
    confirmEmailMail({ to: input.email, url: `${input.origin}/confirm-email/${token}${query}` }),
  );
  return "sent";
}
