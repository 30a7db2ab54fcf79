"use client";

import { RadioGroup } from "radix-ui";
import { BATCH_SIZES, type BatchSize } from "@/lib/generations/batch";
import { cn } from "@/lib/utils";

/**
 * "×1 ×2 ×4": how many videos one Generate makes with the same settings (variations of one
 * prompt). A segmented control beside the button, arrow keys move between the sizes.
 */
export function BatchPicker({
  value,
  onChange,
  disabled,
}: {
  value: BatchSize;
  onChange: (count: BatchSize) => void;
  disabled?: boolean;
}) {
  return (
    <RadioGroup.Root
      value={String(value)}
      onValueChange={(v) => onChange(Number(v) as BatchSize)}
      disabled={disabled}
      orientation="horizontal"
      aria-label="Videos per generate"
      className="inline-flex shrink-0 rounded-lg border border-border p-0.5"
      data-testid="batch-picker"
    >
      {BATCH_SIZES.map((n) => (
        <RadioGroup.Item
          key={n}
          value={String(n)}
          data-testid={`batch-${n}`}
          title={n === 1 ? "One video" : `${n} videos with the same settings`}
          className={cn(
            "min-h-10 min-w-10 rounded-md px-2 text-sm tabular-nums text-muted-foreground",
            "hover:bg-muted disabled:opacity-50",
            "data-[state=checked]:bg-accent data-[state=checked]:font-semibold data-[state=checked]:text-foreground",
          )}
        >
          ×{n}
        </RadioGroup.Item>
      ))}
    </RadioGroup.Root>
  );
}
