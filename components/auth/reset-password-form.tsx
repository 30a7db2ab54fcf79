"use client";

import Link from "next/link";
import { useActionState } from "react";
import { resetPasswordAction } from "@/lib/actions/password-reset";
import { idleForm } from "@/lib/actions/form-result";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "./submit-button";
import { FormAlert } from "./form-alert";
import { useKeptFields } from "./use-kept-fields";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, idleForm);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const field = useKeptFields({ password: "", confirm: "" });
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="token" value={token} />
      <Field
        label="New password"
        {...field("password")}
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        errors={errors?.password}
      />
      <Field
        label="Confirm new password"
        {...field("confirm")}
        type="password"
        autoComplete="new-password"
        required
        errors={errors?.confirm}
      />
      <SubmitButton pendingLabel="Saving…">Set new password</SubmitButton>
      <p className="text-center text-sm text-muted-foreground">
        <Link href="/forgot-password" className="font-medium text-foreground underline underline-offset-4">
          Ask for a new link
        </Link>
      </p>
    </form>
  );
}
