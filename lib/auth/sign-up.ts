import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { isAppError } from "@/lib/errors";
import { deliverMail } from "@/lib/mail/transport";
import { signUpAttemptMail } from "@/lib/mail/templates";
import { hitWindow } from "@/lib/security/sliding-window";
import { registerUser } from "./register-user";
import { sendEmailConfirmation } from "./send-email-confirmation";

/**
 * - check-inbox: mail really leaves, so the address is proven by a link. New and taken
 *   addresses get this very same answer; only the mail differs (a confirmation link, or a note
 *   to the existing owner).
 * - signed-up: mail only reaches the server log, so nobody can prove an address: the new
 *   account is usable at once (sign in now).
 * - taken: the same situation with an existing account; its owner is told (in the log).
 */
export type SignUpAnswer = { kind: "check-inbox" } | { kind: "signed-up" } | { kind: "taken" };

export async function signUp(
  client: PrismaClient,
  input: { name: string; email: string; password: string },
  /** `next`: where the confirmation mail's link leads once used (a checked path of this site). */
  options: { origin: string; confirmByMail: boolean; next?: string },
): Promise<SignUpAnswer> {
  try {
    await registerUser(client, input);
  } catch (error) {
    if (!isAppError(error) || error.code !== "conflict") throw error;
    // Nothing changes for the existing account; its owner learns someone tried (a few times a
    // day at most: anyone can sign up with any address, so this must not become a mail cannon).
    if (options.confirmByMail && !(await mayMail(client, input.email))) return { kind: "check-inbox" };
    await deliverMail(
      signUpAttemptMail({
        to: input.email,
        signInUrl: `${options.origin}/sign-in`,
        resetUrl: `${options.origin}/forgot-password`,
      }),
    );
    return options.confirmByMail ? { kind: "check-inbox" } : { kind: "taken" };
  }
  if (!options.confirmByMail) return { kind: "signed-up" };
  if (await mayMail(client, input.email))
    await sendEmailConfirmation(client, { email: input.email, origin: options.origin, next: options.next });
  return { kind: "check-inbox" };
}

/** Rule "signup-mail-email" (lib/security/throttle-policy.ts): mails one address gets from sign-ups. */
async function mayMail(client: PrismaClient, email: string): Promise<boolean> {
  return (await hitWindow(client, "signup-mail-email", email.toLowerCase())).allowed;
}
