import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmEmailForm } from "@/components/auth/confirm-email-form";
import { buttonVariants } from "@/components/ui/button";
import { emailConfirmationStatus } from "@/lib/auth/confirm-email";
import { db } from "@/lib/db/client";
import { serverTranslator } from "@/lib/i18n/server-translator";
import { signInPurpose, withCallback } from "@/lib/auth/sign-in-purpose";

export const metadata: Metadata = { title: "Finish signing up", referrer: "no-referrer" };

const problems = {
  expired: "This link has expired: confirmation links work for 24 hours.",
  unknown: "This link is not valid or was already used.",
} as const;

/** Only looks at the link; pressing the button uses it and signs the person in. */
export default async function ConfirmEmailPage({
  params,
  searchParams,
}: PageProps<"/confirm-email/[token]">) {
  const { token } = await params;
  const purpose = signInPurpose((await searchParams).next);
  const status = await emailConfirmationStatus(db, token);
  return (
    <>
      <h1 className="mb-1 text-xl font-semibold">Finish signing up</h1>
      {status === "usable" ? (
        <>
          <p className="mb-6 text-sm text-muted-foreground">
            {purpose.doing
              ? // This page is still English only: its purpose words from the English catalogue.
                (await serverTranslator("en"))("auth.confirmFor", { purpose: purpose.doing })
              : "Confirm your email and open your studio."}
          </p>
          <ConfirmEmailForm token={token} next={purpose.next} />
        </>
      ) : (
        <div className="mt-4 grid gap-4">
          <p role="alert" data-testid="confirm-link-problem" className="text-sm">
            {problems[status]} Sign in with your password and we will send you a new link.
          </p>
          <Link
            href={withCallback("/sign-in", purpose.next)}
            className={buttonVariants({ className: "w-full" })}
          >
            Sign in
          </Link>
        </div>
      )}
    </>
  );
}
