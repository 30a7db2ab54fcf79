"use client";

import { AlertTriangle, Loader2 } from "lucide-react";
import { TryAgainLink } from "./try-again-link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, type CSSProperties, type ReactNode } from "react";
import type { GenerationDto } from "@/lib/generations/dto";
import { useGeneration } from "@/hooks/use-generations";
import { AspectBox } from "@/components/studio/aspect-box";
import { StateBadge } from "@/components/studio/state-badge";
import { buttonVariants } from "@/components/ui/button";
import { formatElapsed } from "./format";
import { GenerationToolbar, type GenerationToolbarProps } from "./generation-toolbar";
import { useElapsed } from "./use-elapsed";
import { usePlayer } from "./player-context";

const FAILURE_FALLBACK: Partial<Record<GenerationDto["state"], string>> = {
  rejected: "The provider refused this request. Change the prompt or settings and try again.",
  timed_out: "The video took too long to arrive. Nothing was charged for an unfinished video.",
  canceled: "This video was canceled before it was sent. Nothing was charged.",
};

/** The video and its live state: polls while it is being made, then refreshes the page's details. */
export function GenerationLive({
  initial,
  can,
  belowVideo,
}: {
  initial: GenerationDto;
  can: GenerationToolbarProps["can"];
  /** Right under the video, full width (the review's timeline of comments). */
  belowVideo?: ReactNode;
}) {
  const router = useRouter();
  const player = usePlayer();
  const g = useGeneration(initial.id, initial).data ?? initial;
  const elapsed = useElapsed(g.createdAt, g.phase === "active");
  const wasActive = useRef(initial.phase === "active");
  useEffect(() => {
    // Times, download link and trace id are server-rendered: fetch them again once it settles.
    if (wasActive.current && g.phase !== "active") router.refresh();
    wasActive.current = g.phase === "active";
  }, [g.phase, router]);

  const [w = 16, h = 9] = g.aspectRatio.split(":").map(Number);
  const videoMax = { "--video-max": `calc(70dvh * ${w} / ${h})` } as CSSProperties;
  return (
    <section aria-label="Video" className="grid min-w-0 gap-4">
      {/* Full bleed on phones; a tall video is kept within the viewport's height on every screen. */}
      <div className="-mx-4 bg-black sm:mx-0 sm:bg-transparent">
        {g.phase === "failed" && !g.videoUrl ? (
          <div className="grid h-40 place-items-center text-danger sm:rounded-2xl sm:bg-muted">
            <AlertTriangle aria-hidden className="size-8" />
          </div>
        ) : (
          <div className="mx-auto w-full max-w-[var(--video-max)]" style={videoMax}>
            <AspectBox ratio={g.aspectRatio} className="bg-black sm:rounded-2xl">
              {g.videoUrl ? (
                <video
                  key={g.videoUrl}
                  ref={player?.attach}
                  src={g.videoUrl}
                  poster={g.posterUrl ?? undefined}
                  controls
                  playsInline
                  preload="metadata"
                  aria-label={`Video: ${g.prompt}`}
                  data-testid="generation-video"
                  className="absolute inset-0 size-full object-contain"
                />
              ) : (
                <div className="absolute inset-0 grid place-items-center text-white/80" role="status">
                  <Loader2 aria-hidden className="size-8 animate-spin" />
                  <span className="sr-only">The video is being made</span>
                </div>
              )}
            </AspectBox>
          </div>
        )}
      </div>
      {g.videoUrl && belowVideo ? (
        <div className="-mt-2 mx-auto w-full max-w-[var(--video-max)]" style={videoMax}>
          {belowVideo}
        </div>
      ) : null}

      <div className="flex flex-wrap items-center gap-3" aria-live="polite">
        <StateBadge
          state={g.state}
          phase={g.phase}
          saved={g.saved}
          mirrorError={g.mirrorError}
          copyRetry={g.copyRetry}
        />
        {elapsed !== null ? (
          <span className="text-sm text-muted-foreground tabular-nums" data-testid="elapsed">
            {formatElapsed(elapsed)} so far
          </span>
        ) : null}
      </div>

      {g.phase === "failed" ? (
        <div role="alert" className="grid gap-3 rounded-xl border border-danger/40 bg-danger/10 p-4 text-sm">
          <p data-testid="error-message">
            {g.errorMessage ?? FAILURE_FALLBACK[g.state] ?? "The provider could not make this video."}
          </p>
          {g.traceId ? <p className="text-muted-foreground">Trace {g.traceId}</p> : null}
          {can?.remix !== false ? (
            <TryAgainLink
              g={g}
              className={buttonVariants({ variant: "primary", className: "justify-self-start" })}
            />
          ) : null}
        </div>
      ) : null}

      <GenerationToolbar generation={g} variant="page" can={can} />
    </section>
  );
}
