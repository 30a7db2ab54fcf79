"use client";

import Link from "next/link";
import { cn } from "@/lib/utils";
import type { UsageVerdict } from "@/lib/usage/usage-verdict";

export const USAGE_LINE_ID = "usage-line";

/**
 * What this video costs in seconds against what the member and the workspace have left this
 * month. Says so plainly before submitting when a quota would be exceeded (the server refuses it anyway).
 */
export function UsageLine({ verdict }: { verdict: UsageVerdict | null }) {
  if (!verdict) return <p className="h-4" aria-hidden />;
  return (
    <p
      id={USAGE_LINE_ID}
      className={cn(
        "flex flex-wrap items-baseline justify-between gap-x-3 text-xs",
        verdict.over ? "text-danger" : "text-muted-foreground",
      )}
    >
      <span data-testid="usage-line" data-over={verdict.over || undefined}>
        {verdict.text}
      </span>
      <Link href="/usage" className="shrink-0 underline underline-offset-2 hover:text-foreground">
        Usage
      </Link>
    </p>
  );
}
