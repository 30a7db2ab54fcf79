"use client";

import { useQuery } from "@tanstack/react-query";
import { Bell } from "lucide-react";
import Link from "next/link";

export const UNREAD_KEY = ["inbox", "unread"] as const;

async function fetchUnread(): Promise<number> {
  const response = await fetch("/api/inbox?count", { cache: "no-store" });
  if (!response.ok) throw new Error(`inbox count: ${response.status}`);
  return ((await response.json()) as { unread: number }).unread;
}

/**
 * The header's bell: the number of unread entries, from the server's render (so nothing moves
 * when the page hydrates), then asked again every half minute and when the tab comes back.
 */
export function InboxBell({ initialUnread }: { initialUnread: number }) {
  const { data: unread = initialUnread } = useQuery({
    queryKey: UNREAD_KEY,
    queryFn: fetchUnread,
    initialData: initialUnread,
    refetchInterval: 30_000,
  });
  const label = unread ? `Inbox, ${unread} unread` : "Inbox";
  return (
    <Link
      href="/inbox"
      // Not fetched ahead: the page's own links (the first videos) come first (first-screen.spec).
      prefetch={false}
      aria-label={label}
      title={label}
      className="relative grid size-11 shrink-0 place-items-center rounded-lg text-muted-foreground hover:bg-muted hover:text-foreground sm:size-9"
      data-testid="inbox-bell"
      data-unread={unread}
    >
      <Bell aria-hidden className="size-5" />
      {unread ? (
        <span
          aria-hidden
          className="absolute top-1 right-1 grid h-4 min-w-4 place-items-center rounded-full bg-danger px-1 text-[10px] leading-none font-semibold text-white tabular-nums sm:top-0 sm:right-0"
          data-testid="inbox-unread"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
