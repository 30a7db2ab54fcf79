"use client";

import { RadioGroup } from "radix-ui";
import { cn } from "@/lib/utils";

/** Radio buttons that draw each aspect ratio's shape, so the choice is seen, not read. */
export function AspectRatioPicker({
  value,
  options,
  onChange,
  disabled,
}: {
  value: string;
  options: readonly string[];
  onChange: (value: string) => void;
  disabled?: boolean;
}) {
  return (
    <RadioGroup.Root
      value={value}
      onValueChange={onChange}
      disabled={disabled}
      aria-label="Aspect ratio"
      className="grid grid-cols-4 gap-2 sm:grid-cols-7"
      data-testid="aspect-ratio-picker"
    >
      {options.map((ratio) => {
        const [w = 1, h = 1] = ratio.split(":").map(Number);
        const scale = 22 / Math.max(w, h);
        return (
          <RadioGroup.Item
            key={ratio}
            value={ratio}
            aria-label={`Aspect ratio ${ratio}`}
            data-testid={`aspect-${ratio}`}
            className={cn(
              "flex min-h-14 flex-col items-center justify-center gap-1 rounded-lg border border-border text-xs",
              "data-[state=checked]:border-primary data-[state=checked]:bg-accent data-[state=checked]:text-foreground",
              "text-muted-foreground hover:bg-muted disabled:opacity-50",
            )}
          >
            <span
              aria-hidden
              className="rounded-[3px] border-2 border-current"
              style={{ width: Math.round(w * scale), height: Math.round(h * scale) }}
            />
            {ratio}
          </RadioGroup.Item>
        );
      })}
    </RadioGroup.Root>
  );
}
