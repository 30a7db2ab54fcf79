"use client";

import { AlertTriangle, Loader2, RotateCcw } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import type { GenerationDto } from "@/lib/generations/dto";
import { AspectBox } from "./aspect-box";
import { InlineVideo } from "./inline-video";
import { StateBadge } from "./state-badge";

export function GenerationCard({
  generation: g,
  priority = false,
  actions,
}: {
  generation: GenerationDto;
  priority?: boolean;
  actions?: ReactNode;
}) {
  return (
    <article
      data-testid="generation-card"
      data-id={g.id}
      data-state={g.state}
      data-saved={g.saved ?? undefined}
      className="overflow-hidden rounded-xl border border-border bg-card"
    >
      <AspectBox ratio={g.aspectRatio}>
        {g.videoUrl ? (
          <InlineVideo
            src={g.videoUrl}
            poster={g.posterUrl}
            label={`Video: ${g.prompt}`}
            priority={priority}
          />
        ) : g.phase === "active" ? (
          <div className="absolute inset-0 grid place-items-center text-muted-foreground">
            <Loader2 aria-hidden className="size-6 animate-spin" />
          </div>
        ) : (
          <div className="absolute inset-0 grid place-items-center text-danger">
            <AlertTriangle aria-hidden className="size-6" />
          </div>
        )}
      </AspectBox>
      <div className="grid gap-2 p-2.5 sm:p-3">
        <div className="flex items-center justify-between gap-2">
          <StateBadge state={g.state} phase={g.phase} saved={g.saved} mirrorError={g.mirrorError} />
          <span className="hidden text-xs text-muted-foreground sm:inline">
            {g.durationSec}s · {g.resolution} · {g.aspectRatio}
          </span>
        </div>
        <Link
          href={`/g/${g.id}`}
          className="line-clamp-2 text-sm hover:underline"
          title={g.prompt}
          data-testid="card-link"
        >
          {g.prompt}
        </Link>
        <p className="truncate text-xs text-muted-foreground">{g.creator.name ?? "Someone"}</p>
        {g.phase === "failed" ? (
          <div className="grid gap-1 text-xs" data-testid="error-message">
            <p className="text-danger">{g.errorMessage ?? "The video could not be made."}</p>
            {g.traceId ? <p className="truncate text-muted-foreground">Trace {g.traceId}</p> : null}
            <Link
              href={`/studio?remix=${g.id}`}
              className="inline-flex items-center gap-1 font-medium text-foreground hover:underline"
            >
              <RotateCcw aria-hidden className="size-3" /> Try again
            </Link>
          </div>
        ) : null}
        {actions}
      </div>
    </article>
  );
}
