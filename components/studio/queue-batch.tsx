"use client";

import { ChevronDown } from "lucide-react";
import { useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import type { ListedGeneration } from "@/hooks/use-generations";
import { QueueItem } from "./queue-item";
import { batchSummary } from "./queue-entries";

/** A batch's entry: its summary, opened on demand to each variation's own progress. */
export function QueueBatch({ items, now }: { items: ListedGeneration[]; now: number }) {
  const [open, setOpen] = useState(false);
  const first = items[0]!;
  const size = first.batch!.size;
  const summary = batchSummary(items, size);
  return (
    <li
      data-testid="queue-batch"
      data-batch={first.batch!.id}
      className="grid w-[min(19rem,82vw)] shrink-0 snap-start content-start gap-2 rounded-xl border border-border bg-card p-3 lg:col-span-full lg:w-auto"
    >
      <button
        type="button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className="grid min-h-11 gap-1 text-left"
        data-testid="queue-batch-toggle"
      >
        <span className="flex min-w-0 items-center justify-between gap-2 text-xs text-muted-foreground">
          <span className="truncate tabular-nums" data-testid="queue-batch-summary">
            {summary}
          </span>
          <ChevronDown
            aria-hidden
            className={`size-4 shrink-0 transition-transform ${open ? "rotate-180" : ""}`}
          />
        </span>
        <span className="flex min-w-0 items-center gap-2 text-sm">
          <Avatar name={first.creator.name ?? "?"} seed={first.creator.id} className="size-5 text-[9px]" />
          <span className="sr-only">{first.creator.name ?? "Someone"}: </span>
          <span className="line-clamp-1">{first.prompt}</span>
        </span>
      </button>
      {open ? (
        <ul className="grid gap-2 lg:grid-cols-2 2xl:grid-cols-3" aria-label="Each variation">
          {items.map((g) => (
            <QueueItem key={g.id} generation={g} now={now} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
