import { Clapperboard } from "lucide-react";
import type { LucideIcon } from "lucide-react";

interface StatusScreenProps {
  icon: LucideIcon;
  title: string;
  text: string;
  /** A reference to quote to support (an error's digest); never the error's message. */
  reference?: string;
  /** The ways back: links and buttons, the first one primary. */
  children: React.ReactNode;
  testId: string;
}

/** The frame of the 404 and error pages: the product's name, what happened, and the way back. */
export function StatusScreen({ icon: Icon, title, text, reference, children, testId }: StatusScreenProps) {
  return (
    <main data-testid={testId} className="grid min-h-dvh place-items-center px-4 py-10">
      <div className="grid w-full max-w-md justify-items-center gap-4 text-center">
        <p className="flex items-center gap-2 text-lg font-semibold">
          <Clapperboard aria-hidden className="size-6 text-primary" />
          Grok Video Studio
        </p>
        <div className="grid w-full justify-items-center gap-3 rounded-2xl border border-border bg-card p-6 shadow-sm">
          <Icon aria-hidden className="size-10 text-muted-foreground" />
          <h1 className="text-xl font-semibold">{title}</h1>
          <p className="text-sm text-muted-foreground">{text}</p>
          {reference ? (
            <p className="text-xs text-muted-foreground" data-testid="error-reference">
              Reference: <code className="font-mono">{reference}</code>
            </p>
          ) : null}
          <div className="mt-2 flex w-full flex-col gap-2 sm:flex-row sm:justify-center">{children}</div>
        </div>
      </div>
    </main>
  );
}
