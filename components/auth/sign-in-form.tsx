"use client";

import Link from "next/link";
import { useActionState } from "react";
import { signInAction } from "@/lib/actions/auth";
import { idleForm } from "@/lib/actions/form-result";
import { Field } from "@/components/ui/field";
import { SubmitButton } from "./submit-button";
import { FormAlert } from "./form-alert";
import { useKeptFields } from "./use-kept-fields";
import { withCallback } from "@/lib/auth/sign-in-purpose";

/** `next`: where to go once signed in (a path of this site, already checked by the page). */
export function SignInForm({ next = "/studio" }: { next?: string }) {
  const [state, action] = useActionState(signInAction, idleForm);
  const errors = state.status === "error" ? state.fieldErrors : undefined;
  const field = useKeptFields({ email: "", password: "" });
  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormAlert state={state} />
      <input type="hidden" name="callbackUrl" value={next} />
      <Field
        label="Email"
        {...field("email")}
        type="email"
        autoComplete="email"
        required
        errors={errors?.email}
      />
      <Field
        label="Password"
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
        Forgot your password?
      </Link>
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
      <p className="text-center text-sm text-muted-foreground">
        New here?{" "}
        <Link
          href={withCallback("/sign-up", next)}
          className="font-medium text-foreground underline underline-offset-4"
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}
