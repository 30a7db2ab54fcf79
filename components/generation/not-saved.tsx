import type { ReactNode } from "react";
import type { GenerationDto } from "@/lib/generations/dto";

type Saved = Pick<GenerationDto, "saved" | "mirrorError"> & Partial<Pick<GenerationDto, "copyRetry">>;

/** "within 2 min", "within 40 s", "any moment now": the latest the next copy attempt starts. */
export function nextTryText(nextTryBy: string | null, now = Date.now()): string {
  if (!nextTryBy) return "next try soon";
  const seconds = Math.ceil((Date.parse(nextTryBy) - now) / 1000);
  if (seconds <= 5) return "next try any moment now";
  if (seconds < 90) return `next try within ${seconds} s`;
  return `next try within ${Math.ceil(seconds / 60)} min`;
}

/** "Attempt 3 of 8 failed: <reason>; next try within 2 min." — a failing copy, said as it happens. */
export function copyRetryText({ mirrorError, copyRetry }: Saved, now?: number): string | undefined {
  if (!copyRetry) return undefined;
  const reason = (mirrorError ?? FALLBACK_REASON).replace(/\.$/, "");
  return `Attempt ${copyRetry.failed} of ${copyRetry.of} failed: ${reason}; ${nextTryText(copyRetry.nextTryBy, now)}.`;
}

/** What follows "Ready" while the video is not in our storage. */
export const NOT_SAVED_LABELS = { saving: "not yet saved", not_saved: "not saved" } as const;

const FALLBACK_REASON = "The video could not be copied into storage.";

/** A hover hint for the marker; the generation page shows the same words as text. */
export function notSavedHint({ saved, mirrorError, copyRetry }: Saved): string | undefined {
  if (saved === "saving" && copyRetry)
    return `Not saved yet. ${copyRetryText({ saved, mirrorError, copyRetry })} It plays from the provider's link meanwhile.`;
  if (saved === "saving") return "Playing from the provider's link while a copy is saved.";
  if (saved === "not_saved") {
    return `Not saved: ${mirrorError ?? FALLBACK_REASON} It plays and downloads from the provider's link, which may stop working.`;
  }
  return undefined;
}

/**
 * " · not yet saved" / " · not saved" after a playable video's state, so "Ready" never hides a
 * video that exists only at the provider. Renders nothing for a stored video or one not made yet.
 */
export function NotSavedMarker({ saved, mirrorError }: Saved) {
  if (saved !== "saving" && saved !== "not_saved") return null;
  return (
    <span data-testid="not-saved" data-saved={saved} title={notSavedHint({ saved, mirrorError })}>
      {` · ${NOT_SAVED_LABELS[saved]}`}
    </span>
  );
}

/**
 * The generation page's line about our copy: why it is missing (after the last attempt) and
 * that the video still plays and downloads from the provider's link.
 */
export function NotSavedDetail({
  saved,
  mirrorError,
  copyRetry = null,
  tryNow = null,
}: Saved & {
  /** "Try now", for those who may ask (its creator or an admin). */
  tryNow?: ReactNode;
}) {
  if (saved === "saving" && copyRetry) {
    return (
      <span data-testid="saved-status" data-saved="retrying" className="grid gap-1 text-left">
        <span className="font-medium text-warning">Not saved yet</span>
        <span data-testid="copy-retry" className="break-words">
          {copyRetryText({ saved, mirrorError, copyRetry })}
        </span>
        <span className="text-muted-foreground">It plays from the provider&apos;s link meanwhile.</span>
        {tryNow}
      </span>
    );
  }
  if (saved === "saving") {
    return (
      <span data-testid="saved-status" data-saved={saved}>
        Not yet — playing from the provider&apos;s link while a copy is saved
      </span>
    );
  }
  if (saved !== "not_saved") return null;
  return (
    <span data-testid="saved-status" data-saved={saved} className="grid gap-1 text-left">
      <span className="font-medium text-warning">Not saved</span>
      <span data-testid="mirror-error" className="break-words">
        {mirrorError ?? FALLBACK_REASON}
      </span>
      <span className="text-muted-foreground">
        It plays and downloads from the provider&apos;s link, which may stop working.
      </span>
      {tryNow}
    </span>
  );
}
