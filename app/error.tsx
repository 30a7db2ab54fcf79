"use client";

import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { StatusScreen } from "@/components/landing/status-screen";
import { Button, buttonVariants } from "@/components/ui/button";

/**
 * Any page that failed to render. Only the digest is shown: in production a server error's
 * message is already replaced by Next, and a client error's message may hold anything, so it
 * is never put on the screen. The digest matches the server's log line.
 */
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <StatusScreen
      testId="error-page"
      icon={TriangleAlert}
      title="Something went wrong"
      text="This page could not be shown. Nothing you made is lost: try again, or go back to the studio."
      reference={digest}
    >
      <Button type="button" onClick={() => retry()}>
        Try again
      </Button>
      <Link href="/studio" className={buttonVariants({ variant: "outline" })}>
        Back to the studio
      </Link>
    </StatusScreen>
  );
}
