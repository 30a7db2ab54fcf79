"use client";

import { useId, type ReactNode } from "react";
import { cn } from "@/lib/utils";

export interface Choice<T extends string> {
  value: T;
  content: ReactNode;
  /** When the content alone does not name it (a drawn shape, "×2"). */
  ariaLabel?: string;
  title?: string;
  testId?: string;
}

/**
 * One-of-several buttons (tiles, segments) made of native radio inputs: arrow keys, the group's
 * name and the checked state come from the browser, with no script to load. The label is the
 * target; it carries `data-state="checked"` for its looks, and shows the focus ring of its input.
 */
export function ChoiceGroup<T extends string>({
  label,
  value,
  choices,
  onChange,
  disabled,
  className,
  choiceClassName,
  testId,
}: {
  /** The group's accessible name. */
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  disabled?: boolean;
  className?: string;
  choiceClassName?: string;
  testId?: string;
}) {
  const name = useId();
  return (
    <div role="radiogroup" aria-label={label} className={className} data-testid={testId}>
      {choices.map((choice) => {
        const checked = choice.value === value;
        return (
          <label
            key={choice.value}
            title={choice.title}
            data-testid={choice.testId}
            data-state={checked ? "checked" : "unchecked"}
            data-disabled={disabled ? "" : undefined}
            className={cn(
              "cursor-pointer has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-primary",
              "data-disabled:cursor-default data-disabled:opacity-50",
              choiceClassName,
            )}
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={checked}
              disabled={disabled}
              aria-label={choice.ariaLabel}
              onChange={() => onChange(choice.value)}
              className="sr-only"
            />
            {choice.content}
          </label>
        );
      })}
    </div>
  );
}
