"use server";

import { z } from "@/lib/validation/zod";
import { EMAIL_LINK_PROVIDER, signIn } from "@/lib/auth/auth";
import { isAuthError } from "@/lib/auth/auth-error";
import { ONE_TIME_TOKEN_PATTERN } from "@/lib/auth/one-time-token";
import { safePath } from "@/lib/validation/safe-path";
import { isForm, notAForm, type FormState } from "./form-result";

const LINK_UNUSABLE =
  "This link has expired or was already used. Sign in with your password to get a new one.";

const confirmEmailSchema = z.object({
  token: z.string({ message: LINK_UNUSABLE }).regex(ONE_TIME_TOKEN_PATTERN, LINK_UNUSABLE),
});

/** Uses the confirmation link (through the one-time "email-link" sign-in) and opens the studio. */
export async function confirmEmailAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return notAForm;
  const parsed = confirmEmailSchema.safeParse({ token: formData.get("token") });
  if (!parsed.success) return { status: "error", message: LINK_UNUSABLE };
  try {
    // `next`: where the person was going when they signed up (safePath keeps it on this site).
    await signIn(EMAIL_LINK_PROVIDER, {
      token: parsed.data.token,
      redirectTo: safePath(formData.get("next")),
    });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors are refusals.
    if (!isAuthError(error)) throw error;
    return { status: "error", message: LINK_UNUSABLE };
  }
  return { status: "idle" };
}
