import { Columns2 } from "lucide-react";
import { IntentLink } from "@/components/ui/intent-link";
import type { GenerationDto } from "@/lib/generations/dto";

const chip = "shrink-0 rounded-md bg-muted px-1.5 py-0.5 text-xs tabular-nums text-muted-foreground";

/**
 * "2 of 4" on a video made by a "×N" generate, so its siblings are recognised as one batch; once
 * the whole batch is finished it opens the batch side by side (the variations a team picks from).
 */
export function BatchLabel({ batch, compareHref }: { batch: GenerationDto["batch"]; compareHref?: string }) {
  if (!batch) return null;
  const label = `${batch.index} of ${batch.size}`;
  if (compareHref)
    return (
      <IntentLink
        href={compareHref}
        className={`${chip} pointer-events-auto inline-flex min-h-6 items-center gap-1 hover:bg-accent hover:text-foreground`}
        data-testid="batch-label"
        data-batch={batch.id}
        title="Compare this batch side by side"
        aria-label={`${label}: compare this batch side by side`}
      >
        <Columns2 aria-hidden className="size-3" />
        {label}
      </IntentLink>
    );
  return (
    <span className={chip} data-testid="batch-label" data-batch={batch.id}>
      {label}
    </span>
  );
}
