import { CheckCircle2 } from "lucide-react";

/** A calm confirmation ("we sent you a link"), announced to screen readers without interrupting. */
export function FormNotice({ message }: { message: string }) {
  return (
    <div
      role="status"
      data-testid="form-notice"
      className="flex items-start gap-2 rounded-lg border border-border bg-muted p-3 text-sm"
    >
      <CheckCircle2 aria-hidden className="mt-0.5 size-4 shrink-0 text-primary" />
      <span>{message}</span>
    </div>
  );
}
