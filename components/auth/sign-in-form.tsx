"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signInAction } from "@/lib/actions/auth";
import { idleForm } from "@/lib/actions/form-result";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "./submit-button";
import { FormAlert } from "./form-alert";
import { useKeptFields } from "./use-kept-fields";
import type { AuthWords } from "./auth-words";

/**
 * `next`: where to go once signed in (a path of this site, already checked by the page);
 * `words`: the form's words in the page's language (authWords, on the server).
 */
export function SignInForm({ next = "/studio", words: t }: { next?: string; words: AuthWords }) {
  const [state, action] = useActionState(signInAction, idleForm);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const field = useKeptFields({ email: "", password: "" });
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="callbackUrl" value={next} />
      <Field
        label={t.email}
        {...field("email")}
        type="email"
        autoComplete="email"
        required
        errors={errors?.email}
      />
      <Field
        label={t.password}
        {...field("password")}
        type="password"
        autoComplete="current-password"
        required
        errors={errors?.password}
      />
      <Link
        href="/forgot-password"
        className="-mt-2 justify-self-end text-sm text-muted-foreground underline underline-offset-4 hover:text-foreground"
      >
        {t.forgotPassword}
      </Link>
      <SubmitButton pendingLabel={t.signingIn}>{t.signIn}</SubmitButton>
      <p className="text-center text-sm text-muted-foreground">{t.newHere}</p>
    </form>
  );
}
