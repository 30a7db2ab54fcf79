"use client";

import { Avatar } from "@/components/ui/avatar";
import { AlertTriangle, Check, Loader2 } from "lucide-react";
import { TryAgainLink } from "@/components/generation/try-again-link";
import { IntentLink } from "@/components/ui/intent-link";
import type { ReactNode } from "react";
import type { GenerationDto } from "@/lib/generations/dto";
import { cn } from "@/lib/utils";
import { InlineVideo, type PosterLoading } from "./inline-video";
import { ratioOf } from "./justify-rows";
import { StateBadge } from "../studio/state-badge";
import { BatchLabel } from "../studio/batch-label";
import { matchParts } from "@/lib/generations/highlight-match";
import { ReviewBadge } from "@/components/review/review-badge";

/**
 * A gallery card: the video fills the box its grid cell reserves (from the aspect ratio setting),
 * with its facts — duration, resolution, shape, creator — over the bottom edge, on every screen.
 */
export function GenerationCard({
  generation: g,
  loading = "lazy",
  actions,
  select,
  compareHref,
  search,
}: {
  generation: GenerationDto;
  /** The gallery's search: the words it matched are marked in the title. */
  search?: string;
  /** How soon its still is fetched (see InlineVideo). */
  loading?: PosterLoading;
  /** Its batch, side by side (see batchCompareLinks), once the whole batch is finished. */
  compareHref?: string;
  actions?: ReactNode;
  /** The select-mode checkbox, over the top-left corner. */
  select?: ReactNode;
}) {
  const settled = g.phase === "playable" && g.saved === "stored";
  return (
    <article
      data-testid="generation-card"
      data-id={g.id}
      data-state={g.state}
      data-saved={g.saved ?? undefined}
      data-aspect={g.aspectRatio}
      data-created={g.createdAt}
      // A container: narrow cards (portrait shapes in a dense row) show fewer, smaller controls.
      className="group @container absolute inset-0 overflow-hidden rounded-lg bg-muted"
    >
      {g.videoUrl ? (
        <InlineVideo
          id={g.id}
          src={g.videoUrl}
          poster={g.posterUrl}
          posterSrcSet={g.posterSrcSet}
          label={`Video: ${g.prompt}`}
          ratio={ratioOf(g.aspectRatio)}
          loading={loading}
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
      {settled ? null : (
        <div className="absolute top-1 left-1 max-w-[calc(100%-0.5rem)] rounded-full bg-background/90">
          <StateBadge
            state={g.state}
            phase={g.phase}
            saved={g.saved}
            mirrorError={g.mirrorError}
            copyRetry={g.copyRetry}
          />
        </div>
      )}
      {actions ? (
        <div
          className={cn(
            "absolute top-0 right-0 rounded-bl-lg bg-black/55 text-white transition-opacity",
            // A pointer that hovers sees them on hover (and keyboard focus); touch screens always.
            "pointer-fine:opacity-0 pointer-fine:group-focus-within:opacity-100 pointer-fine:group-hover:opacity-100",
          )}
        >
          {actions}
        </div>
      ) : null}
      {select}
      {/* A narrow card playing on purpose shows the video and its sound toggle, not the facts. */}
      <div className="pointer-events-none absolute inset-x-0 bottom-0 grid grid-cols-1 @max-[10rem]:group-has-[video[data-playing]]:invisible gap-0.5 bg-gradient-to-t from-black/85 via-black/60 to-transparent px-2 pt-6 pb-1.5 text-white">
        {g.phase === "failed" ? (
          <div className="pointer-events-auto grid gap-0.5 text-xs" data-testid="error-message">
            <p className="line-clamp-2">{g.errorMessage ?? "The video could not be made."}</p>
            {g.traceId ? <p className="truncate text-white/80">Trace {g.traceId}</p> : null}
            <TryAgainLink
              g={g}
              className="inline-flex items-center gap-1 font-medium underline"
              iconClassName="size-3"
            />
          </div>
        ) : null}
        {/* One line: a second one reached the play button on a phone's narrow card and took its
            taps (the title is a link). The full prompt is in its title and on the video page. */}
        <IntentLink
          href={`/g/${g.id}`}
          className="pointer-events-auto truncate text-xs font-medium hover:underline sm:text-sm"
          title={g.prompt}
          data-testid="card-link"
        >
          {search
            ? matchParts(g.prompt, search).map((part, i) =>
                part.hit ? (
                  <mark key={i} className="rounded-sm bg-warning/40 text-inherit" data-testid="card-match">
                    {part.text}
                  </mark>
                ) : (
                  part.text
                ),
              )
            : g.prompt}
        </IntentLink>
        <p className="flex min-w-0 items-center gap-1 text-[11px] leading-4" data-testid="card-facts">
          <Avatar name={g.creator.name ?? "?"} seed={g.creator.id} className="size-4 text-[8px]" />
          <span className="sr-only">By </span>
          <span className="sr-only" data-testid="card-creator">
            {g.creator.name ?? "Someone"}
          </span>
          {/* The creator's name where the card has room; narrower cards say it in their menu. */}
          <span
            aria-hidden
            className="hidden max-w-[45%] shrink-0 truncate font-medium @min-[13rem]:inline"
            data-testid="card-creator-name"
          >
            {g.creator.name ?? "Someone"} ·
          </span>
          <span className="truncate">
            {g.shots ? `Film of ${g.shots} shots · ` : null}
            {g.durationSec}s · {g.resolution} · {g.aspectRatio}
          </span>
          <BatchLabel batch={g.batch} compareHref={compareHref} />
          {g.picked ? (
            <span
              className="inline-flex shrink-0 items-center gap-0.5 rounded-full bg-primary px-1.5 text-[11px] font-medium text-primary-foreground"
              title="Picked in compare: the take chosen among those compared with it"
              data-testid="card-picked"
            >
              <Check aria-hidden className="size-3" />
              <span className="@max-[14rem]:sr-only">Picked</span>
            </span>
          ) : null}
          {/* In the facts line, never a row of its own: the overlay stays below the play button. */}
          {g.reviewStatus === "none" ? null : (
            <span className="ml-auto shrink-0 rounded-full bg-background/90">
              <ReviewBadge
                status={g.reviewStatus}
                className="px-1.5 text-[11px] @max-[14rem]:[&>span]:sr-only"
              />
            </span>
          )}
        </p>
      </div>
    </article>
  );
}
