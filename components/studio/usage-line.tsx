"use client";

import { useUsage } from "@/lib/queries/usage";
import { cn } from "@/lib/utils";

/**
 * What this video costs in seconds against what the member has left this month. Says so plainly
 * before submitting when the cap would be exceeded (the server refuses it anyway).
 */
export function UsageLine({ durationSec }: { durationSec: number }) {
  const { data } = useUsage();
  if (!data) return <p className="h-4" aria-hidden />;
  const resets = new Date(data.resetsAt).toLocaleDateString(undefined, { month: "short", day: "numeric" });
  if (data.quotaSeconds === null) {
    return (
      <p className="text-xs text-muted-foreground" data-testid="usage-line">
        Uses {durationSec} s of video · {data.usedSeconds} s used this month
      </p>
    );
  }
  const left = Math.max(0, data.quotaSeconds - data.usedSeconds);
  const over = durationSec > left;
  return (
    <p
      className={cn("text-xs", over ? "text-danger" : "text-muted-foreground")}
      data-testid="usage-line"
      data-over={over || undefined}
    >
      {over
        ? `This video needs ${durationSec} s but only ${left} s of your ${data.quotaSeconds} s are left this month (renews ${resets}).`
        : `Uses ${durationSec} s of video · ${left} s of ${data.quotaSeconds} s left this month`}
    </p>
  );
}
