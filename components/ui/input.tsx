import type { ComponentProps } from "react";
import { cn } from "@/lib/utils";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return (
    <input
      className={cn(
        "h-11 w-full rounded-lg border border-border bg-card px-3 text-base sm:text-sm placeholder:text-muted-foreground aria-invalid:border-danger",
        className,
      )}
      {...props}
    />
  );
}
