"use client";

import { useSyncExternalStore } from "react";
import { useNow } from "@/hooks/use-now";

const noSubscription = () => () => {};
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];

/** "just now", "5 minutes ago", "yesterday", "3 days ago"; past a week, the date. */
export function relativeTime(iso: string, now: number): string {
  const ago = now - Date.parse(iso);
  if (ago < 60_000) return "just now";
  if (ago >= 7 * 86_400_000)
    return new Intl.DateTimeFormat(undefined, { dateStyle: "medium" }).format(new Date(iso));
  const [unit, ms] = UNITS.find(([, size]) => ago >= size)!;
  return new Intl.RelativeTimeFormat(undefined, { numeric: "auto" }).format(-Math.floor(ago / ms), unit);
}

/** How long ago, in the reader's words, kept current; the server renders the UTC date instead. */
export function RelativeTime({ iso }: { iso: string }) {
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const now = useNow(mounted, 60_000);
  const exact = new Intl.DateTimeFormat(undefined, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: mounted ? undefined : "UTC",
  }).format(new Date(iso));
  return (
    <time dateTime={iso} title={exact}>
      {mounted ? relativeTime(iso, now) : `${exact} UTC`}
    </time>
  );
}
