"use server";

import { AuthError } from "next-auth";
import { db } from "@/lib/db/client";
import { oauthProviderIds, signIn, signOut } from "@/lib/auth/auth";
import { signInSchema, signUpSchema } from "@/lib/auth/credentials";
import { registerUser } from "@/lib/auth/register-user";
import { requireUser } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { formValues, invalidForm, type FormState } from "./form-result";

const safeRedirect = (value: FormDataEntryValue | null) =>
  typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/studio";

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email"]);
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return invalidForm(parsed.error, values);
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: safeRedirect(formData.get("callbackUrl")) });
  } catch (error) {
    // signIn redirects by throwing; only Auth.js's own errors are answers for the form.
    if (!(error instanceof AuthError)) throw error;
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
    if (error instanceof AppError) return { status: "error", message: error.message, values };
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

/** Revokes every session of the caller, on every device, by bumping the version their JWTs carry. */
export async function signOutEverywhereAction(): Promise<void> {
  const session = await requireUser();
  await db.user.update({ where: { id: session.userId }, data: { sessionVersion: { increment: 1 } } });
  await signOut({ redirectTo: "/sign-in" });
}

export async function oauthSignInAction(formData: FormData): Promise<void> {
  const provider = String(formData.get("provider") ?? "");
  if (!oauthProviderIds().includes(provider))
    throw new AppError("bad_request", "That sign-in method is not enabled.");
  await signIn(provider, { redirectTo: "/studio" });
}
