"use client";

import { ChoiceGroup } from "@/components/ui/choice-group";

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
    <ChoiceGroup
      label="Aspect ratio"
      value={value}
      onChange={onChange}
      disabled={disabled}
      testId="aspect-ratio-picker"
      className="grid grid-cols-4 gap-2 sm:grid-cols-7"
      choiceClassName="flex min-h-14 flex-col items-center justify-center gap-1 rounded-lg border border-border text-xs text-muted-foreground hover:bg-muted data-[state=checked]:border-primary data-[state=checked]:bg-accent data-[state=checked]:text-foreground"
      choices={options.map((ratio) => {
        const [w = 1, h = 1] = ratio.split(":").map(Number);
        const scale = 22 / Math.max(w, h);
        return {
          value: ratio,
          ariaLabel: `Aspect ratio ${ratio}`,
          testId: `aspect-${ratio}`,
          content: (
            <>
              <span
                aria-hidden
                className="rounded-[3px] border-2 border-current"
                style={{ width: Math.round(w * scale), height: Math.round(h * scale) }}
              />
              {ratio}
            </>
          ),
        };
      })}
    />
  );
}
