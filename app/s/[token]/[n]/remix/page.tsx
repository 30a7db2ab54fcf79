import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { remixFromShare } from "@/lib/shares/remix-from-share";
import { CenteredCard } from "@/components/auth/centered-card";

export const metadata: Metadata = { title: "Make one like this", robots: { index: false } };

/**
 * "Make one like this" is a page, not a route handler, so that sign-in's redirect back here is
 * followed by the app's router (which then lands on the studio with its URL right).
 */
export default async function RemixSharedVideoPage({ params }: PageProps<"/s/[token]/[n]/remix">) {
  const { token, n } = await params;
  const step = await remixFromShare(token, n);
  if ("go" in step) redirect(step.go);
  return (
    <CenteredCard>
      <h1 className="text-lg font-semibold">You cannot create videos here</h1>
      <p className="mt-2 text-sm text-muted-foreground" data-testid="remix-refused">
        {step.refused}
      </p>
      <Link
        href="/studio"
        className="mt-4 inline-flex min-h-11 items-center text-sm underline underline-offset-4"
      >
        Go to your studio
      </Link>
    </CenteredCard>
  );
}
