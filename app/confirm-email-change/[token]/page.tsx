import type { Metadata } from "next";
import Link from "next/link";
import { CenteredCard } from "@/components/auth/centered-card";
import { ConfirmEmailChangeForm } from "@/components/auth/confirm-email-change-form";
import { emailChangeStatus } from "@/lib/account/change-email";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Confirm your new address", referrer: "no-referrer" };

const problems = {
  expired: "This link has expired: links to confirm a new address work for 24 hours.",
  unknown: "This link is not valid or was already used.",
} as const;

/**
 * Only looks at the link; pressing the button moves the account to the new address. Outside the
 * (auth) pages, which send a signed-in person to the studio: this link is usually opened signed in.
 */
export default async function ConfirmEmailChangePage({ params }: PageProps<"/confirm-email-change/[token]">) {
  const { token } = await params;
  const link = await emailChangeStatus(db, token);
  return (
    <CenteredCard>
      <h1 className="mb-1 text-xl font-semibold">Confirm your new address</h1>
      {link.status === "usable" ? (
        <>
          <p className="mb-6 text-sm text-muted-foreground">
            Your account will sign in with {link.email}, and mail will go there.
          </p>
          <ConfirmEmailChangeForm token={token} email={link.email} />
        </>
      ) : (
        <div className="mt-4 grid gap-4">
          <p role="alert" data-testid="confirm-link-problem" className="text-sm">
            {problems[link.status]} Your account keeps its address; ask for a new link in Settings.
          </p>
          <Link href="/settings" className="text-center text-sm font-medium underline underline-offset-4">
            Open Settings
          </Link>
        </div>
      )}
    </CenteredCard>
  );
}
