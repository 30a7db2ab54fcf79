"use client";

import { useActionState } from "react";
import { signUpAction } from "@/lib/actions/auth";
import { idleForm } from "@/lib/actions/form-result";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "./submit-button";
import { FormAlert } from "./form-alert";
import { FormNotice } from "./form-notice";
import { useKeptFields } from "./use-kept-fields";
import type { AuthWords } from "./auth-words";

interface SignUpFormProps {
  heading: string;
  /** Said under the heading until the form is sent (then the inbox notice replaces it). */
  intro: string;
  /** Signing up through an invite link; an email invite fixes the address it was sent to. */
  invite?: { token: string; email: string | null };
  /** Where to go once signed up, through the confirmation mail too (a checked path of this site). */
  next?: string;
  /** The form's words in the page's language (authWords, on the server). */
  words: AuthWords;
}

export function SignUpForm({ heading, intro, invite, next = "/studio", words: t }: SignUpFormProps) {
  const [state, action] = useActionState(signUpAction, idleForm);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const field = useKeptFields({ name: "", email: invite?.email ?? "", password: "" });
  if (state.status === "done") {
    return (
      <div className="grid gap-4">
        <h1 className="text-xl font-semibold">{t.oneMoreStep}</h1>
        <FormNotice message={state.message} />
        <p className="text-center text-sm text-muted-foreground">{t.linkWorks}</p>
      </div>
    );
  }
  return (
    <form action={action} className="grid gap-4" noValidate>
      <div>
        <h1 className="mb-1 text-xl font-semibold">{heading}</h1>
        <p className="mb-2 text-sm text-muted-foreground" data-testid="sign-up-intro">
          {intro}
        </p>
      </div>
      <FormAlert state={state} />
      {invite ? <input type="hidden" name="invite" value={invite.token} /> : null}
      <input type="hidden" name="callbackUrl" value={next} />
      <Field label={t.name} {...field("name")} autoComplete="name" required errors={errors?.name} />
      <Field
        label={t.email}
        {...field("email")}
        type="email"
        autoComplete="email"
        required
        readOnly={Boolean(invite?.email)}
        errors={errors?.email}
      />
      <Field
        label={t.password}
        {...field("password")}
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        errors={errors?.password}
      />
      <SubmitButton pendingLabel={t.creatingStudio}>{t.createAccount}</SubmitButton>
      <p className="text-center text-sm text-muted-foreground">{t.haveAccount}</p>
    </form>
  );
}
