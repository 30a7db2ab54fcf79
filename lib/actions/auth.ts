"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import type { AuthError } from "next-auth";
import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { oauthProviderIds, signIn, signOut } from "@/lib/auth/auth";
import { signInSchema, signUpSchema } from "@/lib/auth/credentials";
import { sendEmailConfirmation } from "@/lib/auth/send-email-confirmation";
import { signUp } from "@/lib/auth/sign-up";
import { serverTranslator } from "@/lib/i18n/server-translator";
import { waitWords } from "@/lib/i18n/wait-words";
import { authErrorCode, isAuthError } from "@/lib/auth/auth-error";
import { clientIp, UNKNOWN_IP } from "@/lib/auth/client-ip";
import { hitWindow } from "@/lib/security/sliding-window";
import { currentSession } from "@/lib/auth/session";
import { mailDelivery } from "@/lib/mail/transport";
import { appOrigin } from "@/lib/server/app-origin";
import { safePath } from "@/lib/validation/safe-path";
import { findInvite } from "@/lib/workspaces/invites/find-invite";
import { signUpThroughInvite } from "@/lib/workspaces/invites/sign-up-through-invite";
import { formValues, isForm, notAForm, type FormState } from "./form-result";
import { invalidForm } from "./invalid-form";
import { log } from "@/lib/log/logger";
import { withActionLogContext } from "@/lib/log/request-context";

export async function signInAction(prev: FormState, formData: FormData): Promise<FormState> {
  return withActionLogContext(() => signInForm(prev, formData));
}

async function signInForm(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return notAForm;
  const values = formValues(formData, ["email"]);
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return invalidForm(parsed.error, values);
  const next = safePath(formData.get("callbackUrl"));
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: next });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors are answers for the form.
    if (!isAuthError(error)) throw error;
    if (authErrorCode(error) === "unverified") {
      // Only someone who knows the password gets here: a new link is safe to send.
      const sent = await sendEmailConfirmation(db, {
        email: parsed.data.email,
        origin: await appOrigin(),
        next,
      });
      const t = await serverTranslator();
      const message = sent === "recently-sent" ? t("auth.confirmFirstRecent") : t("auth.confirmFirstNew");
      return { status: "error", values, message };
    }
    return { status: "error", values, message: await signInRefusal(error) };
  }
  return { status: "idle" };
}

/**
 * Sign-up paths. With real mail (SMTP), the mailbox is proven by a confirmation link and the
 * answer never depends on the address (see lib/auth/sign-up.ts). With mail only in the server log
 * nothing can be proven: the new account signs in at once. Through an invite (a hidden `invite`
 * field), see lib/workspaces/invites/sign-up-through-invite.ts: an email invite proves the mailbox.
 */
export async function signUpAction(prev: FormState, formData: FormData): Promise<FormState> {
  return withActionLogContext(() => signUpForm(prev, formData));
}

async function signUpForm(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return notAForm;
  const values = formValues(formData, ["name", "email"]);
  const parsed = signUpSchema.safeParse({
    name: formData.get("name"),
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) return invalidForm(parsed.error, values);
  const origin = await appOrigin();
  // Where the person was going ("Make one like this", an invite): kept through the mailed link.
  const next = safePath(formData.get("callbackUrl"));
  const invite = inviteToken.safeParse(formData.get("invite"));
  if (invite.success && invite.data) return signUpWithInvite(parsed.data, invite.data, values, origin);

  if (mailDelivery() === "smtp") {
    // Counted before anything else, so the answer depends on the sender, never on the address.
    const ip = clientIp(await headers());
    const bySender = ip === UNKNOWN_IP ? null : await hitWindow(db, "signup-mail-ip", ip);
    if (bySender && !bySender.allowed) {
      const t = await serverTranslator();
      return {
        status: "error",
        values,
        message: t("auth.tooManySignUps", { wait: waitWords(t, bySender.retryAfterSeconds) }),
      };
    }
    // The work happens after the reply: neither the answer nor its timing tells a taken address.
    after(() =>
      signUp(db, parsed.data, { origin, confirmByMail: true, next }).catch((error: unknown) => {
        log.error({ event: "sign-up.failed", err: error }, "could not finish the sign-up");
      }),
    );
    return {
      status: "done",
      message: (await serverTranslator())("auth.checkInbox", { email: parsed.data.email }),
    };
  }

  const answer = await signUp(db, parsed.data, { origin, confirmByMail: false, next });
  if (answer.kind !== "signed-up")
    return { status: "error", values, message: (await serverTranslator())("auth.accountExists") };
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: next });
  return { status: "idle" };
}

const inviteToken = z.string().trim().max(200).nullish();

async function signUpWithInvite(
  account: { name: string; email: string; password: string },
  token: string,
  values: Record<string, string>,
  origin: string,
): Promise<FormState> {
  const confirmByMail = mailDelivery() === "smtp";
  const boundTo = (await findInvite(db, token))?.email ?? null;
  // A link invite where mail leaves: answered like any sign-up, whether or not the address is taken.
  if (confirmByMail && !boundTo) {
    after(() =>
      signUpThroughInvite(db, { ...account, token }, { origin, confirmByMail }).catch((error: unknown) => {
        log.error({ event: "sign-up.failed", err: error }, "could not finish the sign-up through an invite");
      }),
    );
    return {
      status: "done",
      message: (await serverTranslator())("auth.checkInbox", { email: account.email }),
    };
  }
  const answer = await signUpThroughInvite(db, { ...account, token }, { origin, confirmByMail });
  if (answer.kind === "refused") return { status: "error", values, message: answer.message };
  if (answer.kind === "check-inbox")
    return {
      status: "done",
      message: (await serverTranslator())("auth.checkInbox", { email: account.email }),
    };
  await signIn("credentials", { email: account.email, password: account.password, redirectTo: "/studio" });
  return { status: "idle" };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}

/**
 * Revokes every session of the caller, on every device, by bumping the version their JWTs carry.
 * Without a session there is nothing to revoke: the caller is sent to sign in.
 */
export async function signOutEverywhereAction(): Promise<void> {
  const session = await currentSession();
  if (!session) redirect("/sign-in");
  // updateMany: a user deleted meanwhile is nothing to revoke either, not an error.
  await db.user.updateMany({ where: { id: session.userId }, data: { sessionVersion: { increment: 1 } } });
  await signOut({ redirectTo: "/sign-in" });
}

/** Where a refused OAuth sign-in goes: the sign-in page, saying which refusal in its query. */
const OAUTH_REFUSED_REDIRECT = "/sign-in?error=provider";

/** Only the OAuth providers configured on this server; never `credentials`, never an unknown name. */
const oauthProviderSchema = () => {
  const enabled = oauthProviderIds();
  return z.object({
    provider: z
      .string()
      .refine((id) => enabled.includes(id), { message: "That sign-in method is not enabled." }),
  });
};

export async function oauthSignInAction(formData: FormData): Promise<void> {
  const form = isForm(formData);
  const parsed = oauthProviderSchema().safeParse({ provider: form ? formData.get("provider") : null });
  // A plain refusal, not an error page: a form post cannot show a message, so back to sign-in.
  if (!parsed.success) redirect(OAUTH_REFUSED_REDIRECT);
  try {
    await signIn(parsed.data.provider, { redirectTo: safePath(form ? formData.get("callbackUrl") : null) });
  } catch (error) {
    // signIn redirects to the provider by throwing; only Auth.js's own errors are refusals.
    if (isAuthError(error)) redirect(OAUTH_REFUSED_REDIRECT);
    throw error;
  }
}

/** What a refused sign-in tells the person; the refusal is told by its `code`, never its class. */
async function signInRefusal(error: AuthError): Promise<string> {
  const t = await serverTranslator();
  const { retryAfterSeconds } = error as { retryAfterSeconds?: unknown };
  if (authErrorCode(error) === "throttled")
    // Without a figure from Auth.js, a few minutes (the guess throttle's shortest lock-out).
    return t("auth.throttled", {
      wait: waitWords(t, typeof retryAfterSeconds === "number" ? retryAfterSeconds : 300),
    });
  return t("auth.badCredentials");
}
