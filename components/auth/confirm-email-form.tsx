"use client";

import Link from "next/link";
import { useActionState } from "react";
import { confirmEmailAction } from "@/lib/actions/confirm-email";
import { idleForm } from "@/lib/actions/form-result";
import { SubmitButton } from "./submit-button";
import { FormAlert } from "./form-alert";

/** A button, not an automatic step: mail scanners that open the link must not use it up. */
export function ConfirmEmailForm({ token, next }: { token: string; next: string }) {
  const [state, action] = useActionState(confirmEmailAction, idleForm);
  return (
    <form action={action} className="grid gap-4">
      <FormAlert state={state} />
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="next" value={next} />
      <SubmitButton pendingLabel="Opening your studio…">Finish signing up</SubmitButton>
      {state.status === "error" ? (
        <Link href="/sign-in" className="text-center text-sm font-medium underline underline-offset-4">
          Sign in
        </Link>
      ) : null}
    </form>
  );
}
