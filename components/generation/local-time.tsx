"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};
const format = (iso: string, timeZone?: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short", timeZone }).format(
    new Date(iso),
  );

/** A timestamp in the reader's own time zone; the server's render (UTC) is replaced after hydration. */
export function LocalTime({ iso }: { iso: string }) {
  const text = useSyncExternalStore(
    noSubscription,
    () => format(iso),
    () => `${format(iso, "UTC")} UTC`,
  );
  return <time dateTime={iso}>{text}</time>;
}
