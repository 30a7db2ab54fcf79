"use client";

import { cn } from "@/lib/utils";
import type { ModelSpec } from "@/lib/grok/catalog";

/**
 * The duration slider, with the model's recommended lengths (the most stable, per the provider)
 * marked on the track and offered as one-tap choices.
 */
export function DurationControl({
  value,
  durations,
  onChange,
}: {
  value: number;
  durations: ModelSpec["durations"];
  onChange: (durationSec: number, history: "push" | "replace") => void;
}) {
  const recommended = durations.recommended ?? [];
  return (
    <div className="grid gap-1.5">
      <label htmlFor="duration" className="flex justify-between text-sm font-medium">
        <span>Duration</span>
        <span>
          <span data-testid="duration-value">{value} s</span>
          {recommended.includes(value) ? <span className="text-primary"> · recommended</span> : null}
        </span>
      </label>
      <input
        id="duration"
        type="range"
        min={durations.min}
        max={durations.max}
        step={1}
        value={value}
        list={recommended.length ? "duration-recommended" : undefined}
        onChange={(e) => onChange(Number(e.target.value), "replace")}
        aria-valuetext={`${value} seconds${recommended.includes(value) ? ", recommended" : ""}`}
        data-testid="duration"
        className="h-11 w-full accent-[var(--primary)]"
      />
      {recommended.length ? (
        <>
          <datalist id="duration-recommended">
            {recommended.map((d) => (
              <option key={d} value={d} />
            ))}
          </datalist>
          <div className="flex flex-wrap items-center gap-2 text-xs" data-testid="recommended-durations">
            <span className="text-muted-foreground">Most stable:</span>
            {recommended.map((d) => (
              <button
                key={d}
                type="button"
                aria-pressed={value === d}
                data-testid={`recommended-duration-${d}`}
                onClick={() => onChange(d, "push")}
                className={cn(
                  "h-9 min-w-14 rounded-full border px-3 font-medium",
                  value === d
                    ? "border-primary bg-primary text-primary-foreground"
                    : "border-primary/50 text-primary hover:bg-primary/10",
                )}
              >
                {d} s
              </button>
            ))}
          </div>
        </>
      ) : null}
      <p className="text-xs text-muted-foreground">
        {durations.min}–{durations.max} s
        {recommended.length ? ` · ${recommended.join(" or ")} s are the most stable` : ""}
      </p>
    </div>
  );
}
