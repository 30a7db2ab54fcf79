"use client";

import { RotateCcw } from "lucide-react";
import { IntentLink } from "@/components/ui/intent-link";
import type { MouseEvent } from "react";
import type { GenerationDto } from "@/lib/generations/dto";

export const MAY_BE_CHARGED_QUESTION =
  "Grok may still make the first one, and charge for it. Making it again may be charged twice. Fill in the form again anyway?";

/**
 * "Try again" (the same settings in the create form) for a failed video. For one that may still be
 * made and charged (timed out after it was sent) it is "Make it again (may be charged twice)", and
 * asks first: never a plain retry for an outcome nobody knows.
 */
export function TryAgainLink({
  g,
  className,
  iconClassName,
}: {
  g: Pick<GenerationDto, "id" | "mayBeCharged">;
  className?: string;
  iconClassName?: string;
}) {
  const confirmFirst = (event: MouseEvent) => {
    if (g.mayBeCharged && !window.confirm(MAY_BE_CHARGED_QUESTION)) event.preventDefault();
  };
  return (
    <IntentLink
      href={`/studio?remix=${encodeURIComponent(g.id)}`}
      onClick={confirmFirst}
      data-testid="try-again"
      data-may-be-charged={g.mayBeCharged || undefined}
      className={className}
    >
      <RotateCcw aria-hidden className={iconClassName} />
      {g.mayBeCharged ? "Make it again (may be charged twice)" : "Try again"}
    </IntentLink>
  );
}
