"use client";

import { Check } from "lucide-react";
import { cn } from "@/lib/utils";

/**
 * In select mode the whole card is one checkbox (a big target for a thumb); shift+click on a
 * desktop checks the run since the last one.
 */
export function SelectToggle({
  checked,
  label,
  onToggle,
}: {
  checked: boolean;
  label: string;
  onToggle: (range: boolean) => void;
}) {
  return (
    <label className="absolute inset-0 z-10 cursor-pointer" data-testid="select-card">
      <input
        type="checkbox"
        className="peer sr-only"
        checked={checked}
        aria-label={label}
        onChange={() => undefined}
        onClick={(e) => onToggle(e.shiftKey)}
      />
      <span
        aria-hidden
        className={cn(
          "absolute inset-0 rounded-lg ring-inset peer-focus-visible:ring-4 peer-focus-visible:ring-ring",
          checked ? "bg-primary/25 ring-4 ring-primary" : "bg-black/10",
        )}
      />
      <span
        aria-hidden
        className={cn(
          "absolute top-1.5 left-1.5 grid size-6 place-items-center rounded-md border-2 border-white shadow",
          checked ? "bg-primary text-primary-foreground" : "bg-black/40",
        )}
      >
        {checked ? <Check className="size-4" /> : null}
      </span>
    </label>
  );
}
