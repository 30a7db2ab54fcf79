import { AlertCircle } from "lucide-react";

/** Why "Try the demo" came back to this page instead of the studio (`?demo=` from tryDemoAction). */
/** `wait`: how long a refused visitor waits, already in words ("30 seconds"). */
export function DemoNotice({ reason, wait }: { reason: string | undefined; wait: string }) {
  const message =
    reason === "unavailable"
      ? "There is no demo on this server: it makes real videos with a Grok token. Create an account or sign in."
      : reason === "busy"
        ? `Many demo studios were opened just now. Try again in ${wait}.`
        : null;
  if (!message) return null;
  return (
    <div
      role="alert"
      data-testid="demo-notice"
      className="flex items-start gap-2 rounded-lg border border-danger/40 bg-danger/10 p-3 text-sm text-danger"
    >
      <AlertCircle aria-hidden className="mt-0.5 size-4 shrink-0" />
      <span>{message}</span>
    </div>
  );
}
