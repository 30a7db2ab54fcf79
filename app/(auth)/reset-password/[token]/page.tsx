import type { Metadata } from "next";
import { ResetLinkProblem } from "@/components/auth/reset-link-problem";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { passwordResetStatus } from "@/lib/auth/password-reset-status";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

/** Only looks at the link: opening it (or a mail scanner fetching it) never uses it up. */
export default async function ResetPasswordPage({ params }: PageProps<"/reset-password/[token]">) {
  const { token } = await params;
  const status = await passwordResetStatus(db, token);
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Choose a new password</h1>
      <p className="mb-6 text-sm text-muted-foreground">
        Saving it signs you out on every device; then sign in with the new password.
      </p>
      {status === "usable" ? <ResetPasswordForm token={token} /> : <ResetLinkProblem status={status} />}
    </>
  );
}
