import type { ComponentProps } from "react";
import { Input } from "./input";

type FieldProps = ComponentProps<typeof Input> & { label: string; name: string; errors?: string[] };

/** A labelled input with its validation messages announced to screen readers. */
export function Field({ label, name, errors, ...props }: FieldProps) {
  const errorId = `${name}-error`;
  return (
    <div className="grid gap-1.5">
      <label htmlFor={name} className="text-sm font-medium">
        {label}
      </label>
      <Input
        id={name}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? errorId : undefined}
        {...props}
      />
      {errors?.length ? (
        <p id={errorId} className="text-sm text-danger" data-testid={`${name}-error`}>
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
