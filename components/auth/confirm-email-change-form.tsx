"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { confirmEmailChangeAction } from "@/lib/actions/account-actions";
import { FormAlert } from "./form-alert";

/** A button, not an automatic step: mail scanners that open the link must not use it up. */
export function ConfirmEmailChangeForm({ token, email }: { token: string; email: string }) {
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ done: string } | { error: string } | null>(null);
  if (outcome && "done" in outcome)
    return (
      <div className="grid gap-4">
        <p role="status" data-testid="email-change-done" className="text-sm">
          Done: your account now signs in with {outcome.done}.
        </p>
        <Link href="/settings" className="text-center text-sm font-medium underline underline-offset-4">
          Open Settings
        </Link>
      </div>
    );
  return (
    <form
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const result = await confirmEmailChangeAction({ token });
          setOutcome(result.ok ? { done: result.data.email } : { error: result.message });
        });
      }}
    >
      <FormAlert
        state={
          outcome && "error" in outcome ? { status: "error", message: outcome.error } : { status: "idle" }
        }
      />
      <Button type="submit" disabled={pending} className="w-full" data-testid="confirm-email-change">
        {pending ? "Changing…" : `Use ${email}`}
      </Button>
    </form>
  );
}
