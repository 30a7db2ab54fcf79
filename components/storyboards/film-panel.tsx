"use client";

import { Download, Film, GalleryVerticalEnd, Maximize, SkipBack, SkipForward } from "lucide-react";
import Link from "next/link";
import { useRef, useState } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import {
  addFilmToGalleryAction,
  makeFilmAction,
  updateStoryboardAction,
} from "@/lib/actions/storyboard-actions";
import { chapterIndexAt } from "@/lib/storyboards/chapters";
import type { StoryboardDto } from "@/lib/storyboards/storyboard-dto";
import { useBoardAction } from "./use-board-action";

const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, "0")}`;

/** "Make the film", its progress, and its player with the shots as chapters. */
export function FilmPanel({ board, canEdit }: { board: StoryboardDto; canEdit: boolean }) {
  const { film } = board;
  const make = useBoardAction(board.id, makeFilmAction, { success: () => "Making the film…" });
  const setFade = useBoardAction(board.id, updateStoryboardAction);
  const toGallery = useBoardAction(board.id, addFilmToGalleryAction, {
    success: () => "Added to the gallery: share it or review it from its page.",
  });
  const video = useRef<HTMLVideoElement>(null);
  const [at, setAt] = useState(0);
  const allReady = board.shots.length > 0 && board.shots.every((s) => s.status === "ready");
  const current = chapterIndexAt(film.chapters, at);
  const seek = (index: number) => {
    const chapter = film.chapters[index];
    if (!chapter || !video.current) return;
    video.current.currentTime = chapter.startSec;
    void video.current.play().catch(() => undefined);
  };

  return (
    <section
      aria-label="Film"
      className="grid min-w-0 grid-cols-1 gap-3 rounded-xl border border-border p-3"
      data-testid="film-panel"
    >
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="flex items-center gap-2 font-semibold">
          <Film aria-hidden className="size-4" /> The film
        </h2>
        {canEdit && (
          <>
            <label className="flex min-h-11 items-center gap-2 text-sm sm:min-h-9">
              <input
                type="checkbox"
                className="size-5"
                checked={board.crossfade}
                onChange={(e) => setFade.mutate({ storyboardId: board.id, crossfade: e.target.checked })}
              />
              Crossfade between shots
            </label>
            <Button
              data-testid="make-film"
              disabled={!allReady || make.isPending || film.state === "building"}
              onClick={() => make.mutate({ storyboardId: board.id })}
            >
              {film.state === "ready" || film.state === "failed" ? "Make the film again" : "Make the film"}
            </Button>
          </>
        )}
      </div>
      {!allReady && film.state === "none" && (
        <p className="text-sm text-muted-foreground">Every shot needs a ready take first.</p>
      )}
      {film.state === "building" && (
        <div role="status" className="grid gap-1 text-sm" data-testid="film-progress">
          Joining the takes… {film.progress}%
          <progress max={100} value={film.progress} className="w-full" aria-label="Film progress" />
        </div>
      )}
      {film.state === "failed" && film.error && (
        <p role="alert" className="text-sm text-danger">
          {film.error}
        </p>
      )}
      {film.outOfDate && (
        <p className="text-sm text-warning" data-testid="film-out-of-date">
          A shot now uses another take: make the film again to include it.
        </p>
      )}
      {film.videoUrl && (
        <div className="grid min-w-0 grid-cols-1 gap-2">
          <video
            ref={video}
            data-testid="film-player"
            src={film.videoUrl}
            poster={film.posterUrl ?? undefined}
            controls
            playsInline
            preload="metadata"
            onTimeUpdate={(e) => setAt(e.currentTarget.currentTime)}
            className="max-h-[70dvh] w-full rounded-lg bg-black"
          />
          <div className="flex flex-wrap items-center gap-2">
            <Button
              variant="outline"
              size="sm"
              aria-label="Previous shot"
              onClick={() => seek(Math.max(0, current - 1))}
            >
              <SkipBack aria-hidden />
            </Button>
            <Button variant="outline" size="sm" aria-label="Next shot" onClick={() => seek(current + 1)}>
              <SkipForward aria-hidden />
            </Button>
            <Button
              variant="outline"
              size="sm"
              aria-label="Full screen"
              onClick={() => void video.current?.requestFullscreen?.().catch(() => undefined)}
            >
              <Maximize aria-hidden />
            </Button>
            {film.downloadUrl && (
              <a href={film.downloadUrl} className={buttonVariants({ variant: "outline", size: "sm" })}>
                <Download aria-hidden /> Download
              </a>
            )}
            {film.galleryId ? (
              // Its page shares it, reviews it at a moment, compares and downloads it like any video.
              <Link
                href={`/g/${film.galleryId}`}
                data-testid="film-in-gallery"
                className={buttonVariants({ variant: "outline", size: "sm" })}
              >
                <GalleryVerticalEnd aria-hidden /> In the gallery: share, review
              </Link>
            ) : (
              canEdit && (
                <Button
                  variant="outline"
                  size="sm"
                  data-testid="film-to-gallery"
                  disabled={toGallery.isPending}
                  onClick={() => toGallery.mutate({ storyboardId: board.id })}
                >
                  <GalleryVerticalEnd aria-hidden /> Add to the gallery
                </Button>
              )
            )}
          </div>
          <ol aria-label="Chapters" className="grid min-w-0 grid-cols-1 gap-1" data-testid="film-chapters">
            {film.chapters.map((c, i) => (
              <li key={c.shotId} className="min-w-0">
                <button
                  type="button"
                  aria-current={i === current ? "true" : undefined}
                  onClick={() => seek(i)}
                  className="flex min-h-11 w-full items-center gap-3 rounded-lg px-2 text-left text-sm hover:bg-muted aria-[current]:bg-muted sm:min-h-9"
                >
                  <span className="tabular-nums text-muted-foreground">{clock(c.startSec)}</span>
                  <span className="min-w-0 truncate">{c.title}</span>
                </button>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
