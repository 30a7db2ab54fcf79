"use client";

import { AlertTriangle, ChevronDown, X } from "lucide-react";
import { TryAgainLink } from "@/components/generation/try-again-link";
import { useId, useState } from "react";
import type { GenerationDto } from "@/lib/generations/dto";
import { Button, buttonVariants } from "@/components/ui/button";
import { CopyButton } from "@/components/generation/copy-button";
import { cn } from "@/lib/utils";
import { StateBadge } from "./state-badge";

/**
 * Failed generations, each with its plain reason, Try again (the same settings) and Dismiss. On a
 * phone they fold into one "2 need attention" row that opens on tap, so the videos stay on the
 * first screen; a wider screen lists them.
 */
export function NeedsAttention({
  failures,
  dismiss,
}: {
  failures: GenerationDto[];
  dismiss: (id: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (failures.length === 0) return null;
  const count = `${failures.length} ${failures.length === 1 ? "needs" : "need"} attention`;
  return (
    <section aria-labelledby="attention-title" className="grid gap-2" data-testid="needs-attention">
      <h2 id="attention-title" className="text-sm font-semibold max-lg:sr-only">
        Needs attention <span className="text-muted-foreground">({failures.length})</span>
      </h2>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((o) => !o)}
        data-testid="attention-toggle"
        className="flex min-h-11 items-center gap-2 rounded-xl border border-danger/40 bg-card px-3 text-left text-sm font-medium lg:hidden"
      >
        <AlertTriangle aria-hidden className="size-4 shrink-0 text-danger" />
        <span className="flex-1">{count}</span>
        <ChevronDown aria-hidden className={cn("size-4 transition-transform", open && "rotate-180")} />
      </button>
      <ul id={listId} className={cn("grid gap-2 lg:grid-cols-2", !open && "max-lg:hidden")}>
        {failures.map((g) => (
          <li
            key={g.id}
            data-testid="queue-failure"
            className="grid gap-1.5 rounded-xl border border-danger/40 bg-card p-3 text-sm"
          >
            <StateBadge state={g.state} phase={g.phase} />
            <p className="line-clamp-2 font-medium">{g.prompt}</p>
            <p className="text-danger" data-testid="failure-reason">
              {g.errorMessage ?? "The video could not be made."}
            </p>
            {g.traceId ? (
              <p
                className="flex items-center gap-1 text-xs text-muted-foreground"
                data-testid="failure-trace"
              >
                Trace <code className="truncate">{g.traceId}</code>
                <CopyButton text={g.traceId} label="Copy trace id" copied="Trace id copied" iconOnly />
              </p>
            ) : null}
            <div className="flex gap-2">
              <TryAgainLink g={g} className={buttonVariants({ variant: "outline", size: "sm" })} />
              <Button variant="ghost" size="sm" onClick={() => dismiss(g.id)} data-testid="dismiss-failure">
                <X aria-hidden /> Dismiss
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
