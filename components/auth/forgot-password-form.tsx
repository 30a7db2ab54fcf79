"use client";

import Link from "next/link";
import { useActionState } from "react";
import { requestPasswordResetAction } from "@/lib/actions/password-reset";
import { idleForm } from "@/lib/actions/form-result";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "./submit-button";
import { FormAlert } from "./form-alert";
import { FormNotice } from "./form-notice";
import { useKeptFields } from "./use-kept-fields";

export function ForgotPasswordForm() {
  const [state, action] = useActionState(requestPasswordResetAction, idleForm);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const field = useKeptFields({ email: "" });
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormAlert state={state} />
      {state.status === "done" ? <FormNotice message={state.message} /> : null}
      <Field
        label="Email"
        {...field("email")}
        type="email"
        autoComplete="email"
        required
        errors={errors?.email}
      />
      <SubmitButton pendingLabel="Sending…">Send me a link</SubmitButton>
      <p className="text-center text-sm text-muted-foreground">
        Remembered it?{" "}
        <Link href="/sign-in" className="font-medium text-foreground underline underline-offset-4">
          Sign in
        </Link>
      </p>
    </form>
  );
}
