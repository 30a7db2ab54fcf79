"use client";

import { RotateCcw, X } from "lucide-react";
import Link from "next/link";
import type { GenerationDto } from "@/lib/generations/dto";
import { Button, buttonVariants } from "@/components/ui/button";
import { CopyButton } from "@/components/generation/copy-button";
import { StateBadge } from "./state-badge";

/** Failed generations, each with its plain reason, Try again (the same settings) and Dismiss. */
export function NeedsAttention({
  failures,
  dismiss,
}: {
  failures: GenerationDto[];
  dismiss: (id: string) => void;
}) {
  if (failures.length === 0) return null;
  return (
    <section aria-labelledby="attention-title" className="grid gap-2" data-testid="needs-attention">
      <h2 id="attention-title" className="text-sm font-semibold">
        Needs attention <span className="text-muted-foreground">({failures.length})</span>
      </h2>
      <ul className="grid gap-2">
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
              <Link
                href={`/studio?remix=${g.id}`}
                data-testid="try-again"
                className={buttonVariants({ variant: "outline", size: "sm" })}
              >
                <RotateCcw aria-hidden /> Try again
              </Link>
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
