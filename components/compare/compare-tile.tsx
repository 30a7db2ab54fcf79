"use client";

import { ExternalLink, Volume2, VolumeX } from "lucide-react";
import Link from "next/link";
import { memo } from "react";
import { Avatar } from "@/components/ui/avatar";
import { getModel } from "@/lib/grok/catalog";
import type { ComparedGeneration } from "@/lib/generations/get-generations-to-compare";
import { cn } from "@/lib/utils";

export const tileLetter = (index: number) => String.fromCharCode(65 + index);

/**
 * One of the compared videos, lettered so a team can say "B, not C", with the settings that made
 * it underneath and the way to its own page. Memoised: the transport re-renders every frame.
 */
export const CompareTile = memo(function CompareTile({
  g,
  index,
  tall,
  register,
  audible,
  onListen,
  onToggle,
  picked,
  onPick,
}: {
  g: ComparedGeneration;
  index: number;
  /** Only one row of videos: each may take more of the screen's height. */
  tall: boolean;
  register: (element: HTMLVideoElement | null) => void;
  audible: boolean;
  onListen: (index: number) => void;
  onToggle: () => void;
  picked: boolean;
  /** Absent when the viewer may not pick (viewers). */
  onPick?: (index: number) => void;
}) {
  const letter = tileLetter(index);
  const [w, h] = g.aspectRatio.split(":").map(Number);
  const ratio = w && h ? w / h : 16 / 9;
  return (
    <article
      aria-labelledby={`compare-title-${index}`}
      data-testid="compare-tile"
      data-id={g.id}
      data-picked={picked}
      className={cn(
        "mx-auto grid w-full min-w-0 content-start gap-2",
        // Two rows of videos and their settings fit a laptop screen with the controls.
        tall ? "[--tile-h:60dvh]" : "[--tile-h:34dvh] lg:[--tile-h:calc((100dvh-25rem)/2)]",
      )}
      // Limited by height, the tile narrows with its video's shape (no bars), its settings under it.
      style={{ maxWidth: `calc(var(--tile-h) * ${ratio})` }}
    >
      <div
        className={cn(
          "relative w-full overflow-hidden rounded-lg bg-black",
          picked && "ring-3 ring-primary ring-offset-2 ring-offset-background",
        )}
        style={{ aspectRatio: `${ratio}` }}
      >
        <video
          ref={register}
          src={g.videoUrl}
          poster={g.posterUrl ?? undefined}
          aria-label={`Video ${letter}: ${g.prompt}`}
          data-testid="compare-video"
          data-index={index}
          className="absolute inset-0 size-full cursor-pointer object-contain"
          preload="auto"
          playsInline
          muted
          onClick={onToggle}
        />
        <span
          aria-hidden
          className="pointer-events-none absolute top-1.5 left-1.5 grid size-7 place-items-center rounded-md bg-black/65 text-sm font-semibold text-white"
        >
          {letter}
        </span>
        <button
          type="button"
          onClick={() => onListen(index)}
          aria-pressed={audible}
          aria-label={`Sound from video ${letter}`}
          title={audible ? `Playing the sound of video ${letter}` : `Hear video ${letter}`}
          data-testid="compare-listen"
          className="absolute right-1 bottom-1 grid size-9 place-items-center rounded-full bg-black/60 text-white hover:bg-black/75 sm:size-11 [&_svg]:size-4 sm:[&_svg]:size-5"
        >
          {audible ? <Volume2 aria-hidden /> : <VolumeX aria-hidden />}
        </button>
      </div>
      <div className="grid min-w-0 gap-0.5 text-xs sm:text-sm">
        <div className="flex min-w-0 items-center justify-between gap-2">
          <h2 id={`compare-title-${index}`} className="flex min-w-0 items-baseline gap-1.5 font-semibold">
            <span className="sr-only">Video {letter}:</span>
            <span aria-hidden>{letter}</span>
            <span className="truncate" data-testid="compare-model">
              {getModel(g.model)?.label ?? g.model}
            </span>
          </h2>
          <span className="flex shrink-0 items-center">
            {onPick ? (
              <button
                type="button"
                aria-pressed={picked}
                onClick={() => onPick(index)}
                className={cn(
                  "inline-flex min-h-11 items-center gap-1 rounded-md px-1.5 font-medium sm:min-h-8",
                  picked ? "bg-primary text-primary-foreground" : "text-primary hover:underline",
                )}
                data-testid="compare-pick"
              >
                {picked ? "Picked" : "Pick"}
                {picked ? null : <span className="max-sm:sr-only">this one</span>}
                <span className="sr-only">: video {letter}</span>
              </button>
            ) : null}
            <Link
              href={`/g/${g.id}`}
              aria-label={`Open video ${letter}`}
              title={`Open video ${letter}`}
              className="grid size-11 place-items-center text-muted-foreground hover:text-foreground sm:size-8"
              data-testid="compare-open"
            >
              <ExternalLink aria-hidden className="size-4" />
            </Link>
          </span>
        </div>
        <p className="flex min-w-0 flex-wrap items-center gap-x-1.5 text-muted-foreground">
          <span className="tabular-nums" data-testid="compare-settings">
            {g.aspectRatio} · {g.resolution} · {g.durationSec} s
          </span>
          <span className="inline-flex min-w-0 items-center gap-1.5">
            <Avatar name={g.creator.name} seed={g.creator.id} className="size-4 text-[8px]" />
            <span className="sr-only">By </span>
            <span className="truncate" data-testid="compare-creator">
              {g.creator.name}
            </span>
          </span>
        </p>
        <p className="line-clamp-2 break-words" title={g.prompt} data-testid="compare-prompt">
          {g.prompt}
        </p>
      </div>
    </article>
  );
});
