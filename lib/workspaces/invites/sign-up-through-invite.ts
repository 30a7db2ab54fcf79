import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { registerUser } from "@/lib/auth/register-user";
import { sendEmailConfirmation } from "@/lib/auth/send-email-confirmation";
import { isAppError } from "@/lib/errors";
import { deliverMail } from "@/lib/mail/transport";
import { signUpAttemptMail } from "@/lib/mail/templates";
import { acceptInvite } from "./accept-invite";
import { findInvite } from "./find-invite";
import { INVITE_REFUSALS } from "./invite-status";

export type InviteSignUpAnswer =
  /** Account made and in the team: sign in now. */
  | { kind: "joined" }
  /** A link invite where mail leaves: the address is confirmed by mail first, the same answer when taken. */
  | { kind: "check-inbox" }
  | { kind: "refused"; message: string };

/**
 * Sign-up from an invite link. An email invite proves the mailbox (it was mailed there): the
 * account is created verified, joins the team and signs in at once. A link invite proves nothing
 * about an address, so it follows the ordinary rules (confirm by mail where mail leaves) with the
 * team joined already; a taken address leaves the invite unused and its owner is told.
 */
export async function signUpThroughInvite(
  db: PrismaClient,
  input: { name: string; email: string; password: string; token: string },
  options: { origin: string; confirmByMail: boolean },
): Promise<InviteSignUpAnswer> {
  const invite = await findInvite(db, input.token);
  if (!invite)
    return { kind: "refused", message: "This invite link is not valid. Check that you copied all of it." };
  if (invite.status !== "pending") return { kind: "refused", message: INVITE_REFUSALS[invite.status] };
  const account = { name: input.name, email: input.email, password: input.password };

  if (invite.email) {
    if (invite.email !== input.email) {
      return {
        kind: "refused",
        message: `This invite is for ${invite.email}. Sign up with that address, or ask for an invite to yours.`,
      };
    }
    const created = await register(db, account, true);
    if (!created)
      return { kind: "refused", message: "An account with this email already exists. Sign in to join." };
    return join(db, input.token, created);
  }

  const created = await register(db, account, false);
  if (!created) {
    await deliverMail(
      signUpAttemptMail({
        to: input.email,
        signInUrl: `${options.origin}/sign-in`,
        resetUrl: `${options.origin}/forgot-password`,
      }),
    );
    return options.confirmByMail
      ? { kind: "check-inbox" }
      : { kind: "refused", message: "An account with this email already exists. Sign in to join." };
  }
  const joined = await join(db, input.token, created);
  if (!options.confirmByMail || joined.kind === "refused") return joined;
  await sendEmailConfirmation(db, { email: input.email, origin: options.origin });
  return { kind: "check-inbox" };
}

async function register(
  db: PrismaClient,
  input: { name: string; email: string; password: string },
  verified: boolean,
) {
  try {
    const { user } = await registerUser(db, input, { verified });
    return user;
  } catch (error) {
    if (isAppError(error) && error.code === "conflict") return null;
    throw error;
  }
}

/** The account stands on its own; an invite used up meanwhile is said, not hidden. */
async function join(
  db: PrismaClient,
  token: string,
  user: { id: string; email: string },
): Promise<InviteSignUpAnswer> {
  try {
    await acceptInvite(db, { token, user });
    return { kind: "joined" };
  } catch (error) {
    if (!isAppError(error)) throw error;
    return {
      kind: "refused",
      message: `Your account is ready, but the invite could not be used: ${error.message}`,
    };
  }
}
