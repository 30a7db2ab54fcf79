"use server";

import { redirect } from "next/navigation";
import type { AuthError } from "next-auth";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { oauthProviderIds, signIn, signOut } from "@/lib/auth/auth";
import { signInSchema, signUpSchema } from "@/lib/auth/credentials";
import { registerUser } from "@/lib/auth/register-user";
import { currentSession } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { formValues, invalidForm, type FormState } from "./form-result";

/** A path on this site: no `//host` or `/\host`, no control characters (a NUL in a Location header is a 500). */
const safeRedirect = (value: FormDataEntryValue | null) =>
  typeof value === "string" && value.length <= 2048 && /^\/(?![/\\])[^\u0000-\u001f\u007f]*$/.test(value)
    ? value
    : "/studio";

/** Actions can be called with anything; what is not a form gets a form error, not a crash. */
const isForm = (value: unknown): value is FormData => value instanceof FormData;
const notAForm: FormState = { status: "error", message: "Send the form again." };

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return notAForm;
  const values = formValues(formData, ["email"]);
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return invalidForm(parsed.error, values);
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeRedirect(formData.get("callbackUrl")) });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors are answers for the form.
    if (!isAuthError(error)) throw error;
    const throttled = "code" in error && error.code === "throttled";
    return {
      status: "error",
      values,
      message: throttled
        ? "Too many failed sign-ins. Wait 15 minutes, then try again."
        : "That email and password do not match an account.",
    };
  }
  return { status: "idle" };
}

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return notAForm;
  const values = formValues(formData, ["name", "email"]);
  const parsed = signUpSchema.safeParse({
    name: formData.get("name"),
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) return invalidForm(parsed.error, values);
  try {
    await registerUser(db, parsed.data);
  } catch (error) {
    if (isAppError(error)) return { status: "error", message: error.message, values };
    throw error;
  }
  await signIn("credentials", {
    email: parsed.data.email,
    password: parsed.data.password,
    redirectTo: "/studio",
  });
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
  const parsed = oauthProviderSchema().safeParse({
    provider: isForm(formData) ? formData.get("provider") : null,
  });
  // A plain refusal, not an error page: a form post cannot show a message, so back to sign-in.
  if (!parsed.success) redirect(OAUTH_REFUSED_REDIRECT);
  try {
    await signIn(parsed.data.provider, { redirectTo: "/studio" });
  } catch (error) {
    // signIn redirects to the provider by throwing; only Auth.js's own errors are refusals.
    if (isAuthError(error)) redirect(OAUTH_REFUSED_REDIRECT);
    throw error;
  }
}

/**
 * Auth.js's own errors, told by their `type` field rather than `instanceof AuthError`: next-auth is
 * bundled into each part of the production build, so its classes exist in several copies
 * (ENVIRONMENT.md, pitfall 6). Redirects thrown by signIn carry a `digest`, never a `type`.
 */
function isAuthError(error: unknown): error is AuthError {
  return error instanceof Error && typeof (error as { type?: unknown }).type === "string";
}
