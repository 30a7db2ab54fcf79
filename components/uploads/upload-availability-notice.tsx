"use client";

import { Info } from "lucide-react";
import { cn } from "@/lib/utils";
import { useUploadAvailability } from "./use-upload-availability";

/** Says before anyone submits that this deployment cannot hand images to the upstream, and why. */
export function UploadAvailabilityNotice({ className }: { className?: string }) {
  const { data } = useUploadAvailability();
  if (!data || data.available) return null;
  return (
    <p
      role="status"
      data-testid="upload-availability-notice"
      className={cn(
        "flex gap-2 rounded-xl border border-warning/40 bg-warning/10 p-3 text-sm text-foreground",
        className,
      )}
    >
      <Info aria-hidden className="mt-0.5 size-4 shrink-0 text-warning" />
      <span>{data.reason}</span>
    </p>
  );
}
