"use client";

import { Copy } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { copyWithToast } from "./clipboard";

export function CopyButton({
  text,
  label,
  copied,
  testId,
  iconOnly,
}: {
  text: string;
  /** Accessible name, e.g. "Copy prompt"; visible unless `iconOnly`. */
  label: string;
  /** Toast shown on success. */
  copied: string;
  testId?: string;
  iconOnly?: boolean;
}) {
  return (
    <Button
      type="button"
      variant="outline"
      size={iconOnly ? "icon" : "sm"}
      className={cn("shrink-0", !iconOnly && "min-h-11 sm:min-h-9")}
      aria-label={iconOnly ? label : undefined}
      title={iconOnly ? label : undefined}
      data-testid={testId}
      onClick={() => void copyWithToast(text, copied)}
    >
      <Copy aria-hidden />
      {iconOnly ? null : label}
    </Button>
  );
}
