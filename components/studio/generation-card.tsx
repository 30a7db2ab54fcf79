"use client";

import { AlertTriangle, Loader2 } from "lucide-react";
import type { GenerationDto } from "@/lib/generations/dto";
import { AspectBox } from "./aspect-box";
import { InlineVideo } from "./inline-video";
import { StateBadge } from "./state-badge";

export function GenerationCard({ generation: g }: { generation: GenerationDto }) {
  return (
    <article
      data-testid="generation-card"
      data-id={g.id}
      data-state={g.state}
      className="overflow-hidden rounded-xl border border-border bg-card"
    >
      <AspectBox ratio={g.aspectRatio}>
        {g.videoUrl ? (
          <InlineVideo src={g.videoUrl} label={`Video: ${g.prompt}`} />
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
      <div className="grid gap-2 p-3">
        <div className="flex items-center justify-between gap-2">
          <StateBadge state={g.state} phase={g.phase} />
          <span className="text-xs text-muted-foreground">
            {g.durationSec}s · {g.resolution} · {g.aspectRatio}
          </span>
        </div>
        <p className="line-clamp-2 text-sm" title={g.prompt}>
          {g.prompt}
        </p>
        {g.phase === "failed" && g.errorMessage ? (
          <p className="text-xs text-danger" data-testid="error-message">
            {g.errorMessage}
            {g.traceId ? <span className="block text-muted-foreground">Trace {g.traceId}</span> : null}
          </p>
        ) : null}
      </div>
    </article>
  );
}
