import { AlertCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { waitWords } from "@/lib/i18n/wait-words";

/** Why "Try the demo" came back to this page instead of the studio (`?demo=` from tryDemoAction). */
/** `waitSeconds`: how long a refused visitor waits. */
export function DemoNotice({ reason, waitSeconds }: { reason: string | undefined; waitSeconds: number }) {
  const t = useTranslations();
  const wait = waitWords(t, waitSeconds);
  const message =
    reason === "unavailable"
      ? t("landing.noDemo")
      : reason === "busy"
        ? t("landing.demoBusy", { wait })
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
