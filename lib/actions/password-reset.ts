"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { db } from "@/lib/db/client";
import { clientIp } from "@/lib/auth/client-ip";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/auth/password-reset-schemas";
import { requestPasswordReset } from "@/lib/auth/request-password-reset";
import { resetPassword } from "@/lib/auth/reset-password";
import { appOrigin } from "@/lib/server/app-origin";
import { formValues, isForm, notAForm, type FormState } from "./form-result";
import { invalidForm } from "./invalid-form";
import { log } from "@/lib/log/logger";

const RESET_REQUESTED = "If an account uses this address, we sent it a link. It works for one hour.";

/**
 * Always the same answer, at the same speed: the lookup and the mail happen after the reply
 * (`after`), so neither the words nor the timing tell whether the address has an account.
 */
export async function requestPasswordResetAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return notAForm;
  const values = formValues(formData, ["email"]);
  const parsed = forgotPasswordSchema.safeParse({ email: formData.get("email") });
  if (!parsed.success) return invalidForm(parsed.error, values);
  const request = { email: parsed.data.email, ip: clientIp(await headers()), origin: await appOrigin() };
  after(() =>
    requestPasswordReset(db, request).catch((error: unknown) => {
      log.error({ event: "password-reset.failed", err: error }, "the reset mail could not be sent");
    }),
  );
  return { status: "done", message: RESET_REQUESTED };
}

/** Sets the new password, then sends the person to sign in with it (every session was revoked). */
export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return notAForm;
  const parsed = resetPasswordSchema.safeParse({
    token: formData.get("token"),
    password: formData.get("password"),
    confirm: formData.get("confirm"),
  });
  if (!parsed.success) {
    const badLink = parsed.error.issues.some((issue) => issue.path[0] === "token");
    return badLink ? linkUnusable : invalidForm(parsed.error, {});
  }
  const outcome = await resetPassword(db, parsed.data);
  if (!outcome.ok) return linkUnusable;
  redirect("/sign-in?reset=done");
}

const linkUnusable: FormState = {
  status: "error",
  message: "This reset link has expired or was already used. Ask for a new one below.",
};
