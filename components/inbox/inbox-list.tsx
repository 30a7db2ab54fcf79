"use client";

import { useQueryClient } from "@tanstack/react-query";
import {
  AtSign,
  Bell,
  CheckCheck,
  CircleAlert,
  CircleCheck,
  MessageSquareQuote,
  MessageSquareReply,
  UserPlus,
} from "lucide-react";
import Link from "next/link";
import { useState, useTransition } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toast";
import { RelativeTime } from "@/components/review/relative-time";
import { markInboxReadAction } from "@/lib/actions/inbox-actions";
import type { InboxEntry } from "@/lib/inbox/list-inbox";
import { cn } from "@/lib/utils";
import { UNREAD_KEY } from "./inbox-bell";

const ICONS = {
  mention: AtSign,
  reply: MessageSquareReply,
  review_status: CircleCheck,
  generation_ready: CircleCheck,
  generation_failed: CircleAlert,
  member_joined: UserPlus,
  guest_feedback: MessageSquareQuote,
} satisfies Record<InboxEntry["kind"], unknown>;

/**
 * The inbox: newest first, unread ones marked. Opening an entry marks it read and goes to the
 * exact place it names (the video at the comment's moment, the comment highlighted).
 */
export function InboxList({ initial }: { initial: InboxEntry[] }) {
  const [entries, setEntries] = useState(initial);
  const [pending, startTransition] = useTransition();
  const queryClient = useQueryClient();
  const unread = entries.filter((e) => !e.read).length;

  const markRead = (ids?: string[]) => {
    setEntries((list) => list.map((e) => (!ids || ids.includes(e.id) ? { ...e, read: true } : e)));
    queryClient.setQueryData<number>(UNREAD_KEY, (n = 0) => Math.max(0, ids ? n - ids.length : 0));
    return markInboxReadAction(ids ? { ids } : {});
  };

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Inbox</h1>
        <Button
          variant="outline"
          size="sm"
          className="h-11 sm:h-9"
          disabled={pending || unread === 0}
          onClick={() =>
            startTransition(async () => {
              const result = await markRead();
              if (!result.ok) toast.error(result.message);
            })
          }
          data-testid="inbox-mark-all"
        >
          <CheckCheck aria-hidden /> Mark all read
        </Button>
      </div>
      {entries.length === 0 ? (
        <p className="flex items-center gap-2 text-sm text-muted-foreground" data-testid="inbox-empty">
          <Bell aria-hidden className="size-4" /> Nothing yet. Mentions, replies, review news and your
          finished videos will show up here.
        </p>
      ) : (
        <ol
          className="divide-y divide-border overflow-hidden rounded-2xl border border-border bg-card"
          data-testid="inbox"
        >
          {entries.map((e) => {
            const Icon = ICONS[e.kind];
            return (
              <li key={e.id} data-testid="inbox-entry" data-kind={e.kind} data-read={e.read}>
                <Link
                  href={e.href}
                  onClick={() => {
                    if (!e.read) void markRead([e.id]);
                  }}
                  className={cn(
                    "flex gap-3 p-3 hover:bg-muted/60 focus-visible:bg-muted/60 sm:p-4",
                    !e.read && "bg-accent/40",
                  )}
                >
                  {e.actor ? (
                    <Avatar name={e.actor.name} seed={e.actor.id} className="mt-0.5 size-8 text-[11px]" />
                  ) : (
                    <span className="mt-0.5 grid size-8 shrink-0 place-items-center rounded-full bg-muted">
                      <Icon
                        aria-hidden
                        className={cn("size-4", e.kind === "generation_failed" && "text-danger")}
                      />
                    </span>
                  )}
                  <span className="grid min-w-0 flex-1 gap-1">
                    <span
                      className={cn("text-sm break-words", !e.read && "font-medium")}
                      data-testid="inbox-text"
                    >
                      {e.text}
                    </span>
                    {e.quote ? (
                      <span className="line-clamp-2 border-l-2 border-border pl-2 text-sm text-muted-foreground">
                        {e.quote}
                      </span>
                    ) : null}
                    <span className="flex flex-wrap items-center gap-x-2 text-xs text-muted-foreground">
                      <Icon aria-hidden className="size-3.5" />
                      <span>{e.workspaceName}</span>
                      <span aria-hidden>·</span>
                      <RelativeTime iso={e.createdAt} />
                    </span>
                  </span>
                  {!e.read ? (
                    <span
                      className="mt-2 size-2.5 shrink-0 rounded-full bg-primary"
                      data-testid="inbox-unread-dot"
                    >
                      <span className="sr-only">Unread</span>
                    </span>
                  ) : null}
                </Link>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
