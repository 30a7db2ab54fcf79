"use client";

import { ChoiceGroup } from "@/components/ui/choice-group";
import { BATCH_SIZES, type BatchSize } from "@/lib/generations/batch";

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
    <ChoiceGroup
      label="Videos per generate"
      value={String(value)}
      onChange={(v) => onChange(Number(v) as BatchSize)}
      disabled={disabled}
      testId="batch-picker"
      className="inline-flex shrink-0 rounded-lg border border-border p-0.5"
      choiceClassName="grid min-h-11 min-w-11 place-items-center pointer-fine:min-h-10 pointer-fine:min-w-10 rounded-md px-2 text-sm tabular-nums text-muted-foreground hover:bg-muted data-[state=checked]:bg-accent data-[state=checked]:font-semibold data-[state=checked]:text-foreground"
      choices={BATCH_SIZES.map((n) => ({
        value: String(n),
        content: `×${n}`,
        testId: `batch-${n}`,
        title: n === 1 ? "One video" : `${n} videos with the same settings`,
      }))}
    />
  );
}
