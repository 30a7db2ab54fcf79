"use client";

import { TriangleAlert } from "lucide-react";
import { sans } from "./fonts";
import { StatusScreen } from "@/components/landing/status-screen";
import { Button } from "@/components/ui/button";
import "./globals.css";

/**
 * The root layout itself failed: this replaces the whole document, so it brings its own html,
 * body and styles. As in app/error.tsx, only the digest is shown, never the error's message.
 * A plain link back (not next/link): the app's router may be what broke.
 */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error ? (error as Error & { digest?: string }).digest : undefined;
  return (
    <html lang="en" className={sans.variable}>
      <body className="min-h-dvh font-sans">
        <title>Something went wrong · Grok Video Studio</title>
        <StatusScreen
          testId="global-error-page"
          icon={TriangleAlert}
          title="Something went wrong"
          text="The studio could not start this page. Nothing you made is lost: try again in a moment."
          reference={digest}
        >
          <Button type="button" onClick={() => retry()}>
            Try again
          </Button>
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full reload, outside the broken app shell */}
          <a
            href="/"
            className="inline-flex h-11 items-center justify-center rounded-lg border border-border px-4 text-sm font-medium hover:bg-muted"
          >
            Go to the start page
          </a>
        </StatusScreen>
      </body>
    </html>
  );
}
