"use client";

import { useQuery } from "@tanstack/react-query";
import { ChevronLeft, ChevronRight, ExternalLink, X } from "lucide-react";
import Link from "next/link";
import { Dialog as D } from "radix-ui";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { getModel } from "@/lib/grok/catalog";
import type { GenerationDto } from "@/lib/generations/dto";
import { generationKeys, getJson } from "@/hooks/use-generations";
import { Avatar } from "@/components/ui/avatar";
import { shortPrompt } from "@/components/generation/format";
import { focusCard } from "./focus-card";
import { playVideo } from "./sound";
import { useSwipe } from "./use-swipe";
import { useViewer } from "./use-viewer";
import { useViewerList } from "./use-viewer-list";

const roundButton =
  "grid size-11 place-items-center rounded-full bg-white/10 text-white hover:bg-white/20 disabled:pointer-events-none disabled:opacity-30 [&_svg]:size-6";

/**
 * The full-screen viewer: the video large with its prompt and facts; next/previous by swipe, the
 * arrow keys or the side buttons; Esc, the close button or Back closes it and focus returns to
 * the card of the video last shown.
 */
export default function VideoViewer() {
  const viewer = useViewer();
  const { videos, step, hasNextPage } = useViewerList();
  // Kept after closing, so the closing animation and focus return know which video it was.
  const [shownId, setShownId] = useState(viewer.id);
  if (viewer.id && viewer.id !== shownId) setShownId(viewer.id);
  const open = Boolean(viewer.id);

  const index = videos.findIndex((g) => g.id === shownId);
  const listed = index === -1 ? undefined : videos[index];
  // A shared link to a video the gallery has not loaded: fetch that one video.
  const single = useQuery({
    queryKey: generationKeys.detail(shownId ?? ""),
    queryFn: () => getJson<GenerationDto>(`/api/generations/${encodeURIComponent(shownId ?? "")}`),
    enabled: Boolean(shownId) && !listed,
  });
  const g = listed ?? single.data;

  const busy = useRef(false);
  const go = async (direction: 1 | -1) => {
    if (!shownId || busy.current) return;
    busy.current = true;
    try {
      const target = await step(shownId, direction);
      if (target) viewer.show(target);
    } finally {
      busy.current = false;
    }
  };
  const swipe = useSwipe((direction) => void go(direction));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    if (event.target instanceof HTMLElement && event.target.closest("input, textarea, select")) return;
    // Also when the video has focus: here the arrows change the video, they do not seek.
    event.preventDefault();
    void go(event.key === "ArrowRight" ? 1 : -1);
  };

  const hasPrevious = index > 0;
  const hasNext = index !== -1 && (index < videos.length - 1 || hasNextPage);

  return (
    <D.Root open={open} onOpenChange={(next) => !next && viewer.close()}>
      <D.Portal>
        <D.Overlay className="fixed inset-0 z-50 bg-black/95" />
        <D.Content
          data-testid="video-viewer"
          data-id={g?.id}
          aria-describedby={undefined}
          onKeyDownCapture={onKeyDown}
          onCloseAutoFocus={(event) => {
            if (shownId && focusCard(shownId)) event.preventDefault();
          }}
          className="fixed inset-0 z-50 flex flex-col text-white outline-none lg:flex-row"
        >
          <div
            {...swipe}
            data-testid="viewer-stage"
            className="relative flex min-h-0 flex-1 touch-pan-y items-center justify-center pt-[env(safe-area-inset-top)]"
          >
            {g?.videoUrl ? (
              <ViewerVideo key={g.id} g={g} />
            ) : (
              <p role="status" className="text-sm text-white/80">
                {single.isError ? "This video could not be loaded." : "Loading…"}
              </p>
            )}
            <button
              type="button"
              aria-label="Previous video"
              data-testid="viewer-previous"
              disabled={!hasPrevious}
              onClick={() => void go(-1)}
              className={`${roundButton} absolute top-1/2 left-2 -translate-y-1/2 max-sm:hidden`}
            >
              <ChevronLeft aria-hidden />
            </button>
            <button
              type="button"
              aria-label="Next video"
              data-testid="viewer-next"
              disabled={!hasNext}
              onClick={() => void go(1)}
              className={`${roundButton} absolute top-1/2 right-2 -translate-y-1/2 max-sm:hidden`}
            >
              <ChevronRight aria-hidden />
            </button>
          </div>
          <div className="grid max-h-[38dvh] shrink-0 content-start gap-3 overflow-y-auto bg-neutral-950 p-4 pb-[calc(1rem+env(safe-area-inset-bottom))] lg:max-h-none lg:w-96 lg:pt-16">
            <D.Title className="text-base leading-snug font-semibold" data-testid="viewer-prompt">
              {g ? shortPrompt(g.prompt, 400) : "Video"}
            </D.Title>
            {g ? <ViewerFacts g={g} /> : null}
            {index !== -1 ? (
              <p className="text-xs text-white/70" data-testid="viewer-position">
                {index + 1} of {videos.length}
                {hasNextPage ? "+" : ""} · swipe or use ← → for more
              </p>
            ) : null}
            {g ? (
              <Link
                href={`/g/${g.id}`}
                className="inline-flex min-h-11 items-center gap-2 justify-self-start rounded-lg px-3 text-sm font-medium text-white underline-offset-4 hover:bg-white/10 hover:underline"
              >
                <ExternalLink aria-hidden className="size-4" /> Open the video page
              </Link>
            ) : null}
          </div>
          <D.Close
            aria-label="Close"
            data-testid="viewer-close"
            className={`${roundButton} absolute top-[calc(0.75rem+env(safe-area-inset-top))] right-3 bg-black/60`}
          >
            <X aria-hidden />
          </D.Close>
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}

function ViewerVideo({ g }: { g: GenerationDto }) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    // Opened by a tap or a key press: a video app plays right away, with sound where allowed.
    if (ref.current) void playVideo(ref.current, true);
  }, []);
  return (
    <video
      ref={ref}
      src={g.videoUrl ?? undefined}
      poster={g.posterUrl ?? undefined}
      aria-label={`Video: ${g.prompt}`}
      data-testid="viewer-video"
      controls
      loop
      playsInline
      preload="auto"
      className="max-h-full max-w-full object-contain"
    />
  );
}

function ViewerFacts({ g }: { g: GenerationDto }) {
  return (
    <dl className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-white/80" data-testid="viewer-facts">
      <dt className="sr-only">Duration</dt>
      <dd>{g.durationSec} s</dd>
      <dt className="sr-only">Resolution</dt>
      <dd>{g.resolution}</dd>
      <dt className="sr-only">Shape</dt>
      <dd>{g.aspectRatio}</dd>
      <dt className="sr-only">Model</dt>
      <dd>{getModel(g.model)?.label ?? g.model}</dd>
      <dt className="sr-only">Created by</dt>
      <dd className="inline-flex items-center gap-1.5">
        <Avatar name={g.creator.name ?? "?"} seed={g.creator.id} className="size-5 text-[9px]" />
        {g.creator.name ?? "Someone"}
      </dd>
    </dl>
  );
}
