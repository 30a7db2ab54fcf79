"use client";

import { GripVertical, Link2, RefreshCw, Trash2, Plus } from "lucide-react";
import { useState, type HTMLAttributes } from "react";
import { Button } from "@/components/ui/button";
import {
  chooseTakeAction,
  newTakeAction,
  removeShotAction,
  updateShotAction,
} from "@/lib/actions/storyboard-actions";
import type { ShotDto, StoryboardDto } from "@/lib/storyboards/storyboard-dto";
import { cn } from "@/lib/utils";
import { CastTextarea } from "@/components/cast/cast-textarea";
import type { CastOption } from "@/lib/characters/cast-options";
import { useBoardAction } from "./use-board-action";

const STATUS: Record<ShotDto["status"], string> = {
  ready: "Ready",
  generating: "Generating…",
  failed: "Failed",
  waiting: "Waits for the shot before",
  blocked: "Waits: the shot before failed",
  todo: "Not generated yet",
};

export interface ShotCardProps {
  board: StoryboardDto;
  /** Offered after `@` in the prompt. */
  cast: CastOption[];
  shot: ShotDto;
  canEdit: boolean;
  /** The drag handle's listeners and attributes (dnd-kit), when the list can be reordered. */
  handle?: HTMLAttributes<HTMLButtonElement>;
}

/** One shot: its prompt and length, whether it continues, its first frame, its takes. */
export function ShotCard({ board, cast, shot, canEdit, handle }: ShotCardProps) {
  const update = useBoardAction(board.id, updateShotAction);
  const remove = useBoardAction(board.id, removeShotAction);
  const choose = useBoardAction(board.id, chooseTakeAction);
  const take = useBoardAction(board.id, newTakeAction, {
    success: ({ generationIds }) =>
      generationIds.length === 1
        ? "A new take is on its way."
        : `${generationIds.length} new takes are on their way.`,
  });
  const [prompt, setPrompt] = useState(shot.prompt);
  const [editing, setEditing] = useState(false);
  const [takes, setTakes] = useState<1 | 2 | 4>(1);
  // The server's prompt while nobody is typing (another member may have changed it).
  const shown = editing ? prompt : shot.prompt;
  const used = shot.takes.find((t) => t.used);
  const n = shot.position + 1;

  return (
    <article
      data-testid="shot"
      data-status={shot.status}
      aria-label={`Shot ${n}`}
      className="grid min-w-0 gap-3 rounded-xl border border-border bg-background p-3"
    >
      <header className="flex items-center gap-2">
        {handle && canEdit && (
          <button
            type="button"
            aria-label={`Move shot ${n}`}
            className="-ml-1 flex size-11 touch-none items-center justify-center rounded-lg text-muted-foreground hover:bg-muted sm:size-9"
            {...handle}
          >
            <GripVertical aria-hidden className="size-4" />
          </button>
        )}
        <h3 className="font-medium">Shot {n}</h3>
        <span
          data-testid="shot-status"
          className={cn(
            "rounded-full px-2 py-0.5 text-xs",
            shot.status === "ready" && "bg-success/15 text-success",
            shot.status === "failed" && "bg-danger/15 text-danger",
            shot.status !== "ready" && shot.status !== "failed" && "bg-muted text-muted-foreground",
          )}
        >
          {STATUS[shot.status]}
        </span>
        {canEdit && (
          <Button
            variant="ghost"
            size="icon"
            className="ml-auto sm:size-9"
            aria-label={`Remove shot ${n}`}
            onClick={() => remove.mutate({ shotId: shot.id })}
          >
            <Trash2 aria-hidden />
          </Button>
        )}
      </header>

      <div className="grid gap-3 sm:grid-cols-[1fr_auto]">
        <label className="grid gap-1 text-sm">
          <span className="sr-only">Prompt of shot {n}</span>
          <CastTextarea
            data-testid="shot-prompt"
            value={shown}
            cast={cast}
            readOnly={!canEdit}
            rows={3}
            placeholder="What happens in this shot (@ names someone of the cast)"
            className="w-full rounded-lg border border-border bg-background p-3"
            onFocus={() => {
              setPrompt(shot.prompt);
              setEditing(true);
            }}
            onValueChange={setPrompt}
            onBlur={() => {
              setEditing(false);
              if (prompt !== shot.prompt) update.mutate({ shotId: shot.id, prompt });
            }}
          />
        </label>
        <div className="flex flex-wrap items-start gap-3 sm:grid sm:content-start">
          <label className="grid gap-1 text-sm">
            Seconds
            <input
              data-testid="shot-duration"
              type="number"
              min={1}
              max={30}
              defaultValue={shot.durationSec}
              key={shot.durationSec}
              disabled={!canEdit}
              className="h-11 w-20 rounded-lg border border-border bg-background px-2 sm:h-9"
              onBlur={(e) => {
                const value = Number(e.target.value);
                if (value !== shot.durationSec) update.mutate({ shotId: shot.id, durationSec: value });
              }}
            />
          </label>
          {shot.position > 0 && (
            <label className="flex min-h-11 items-center gap-2 text-sm sm:min-h-9">
              <input
                data-testid="shot-continues"
                type="checkbox"
                checked={shot.continues}
                disabled={!canEdit}
                className="size-5"
                onChange={(e) => update.mutate({ shotId: shot.id, continues: e.target.checked })}
              />
              <Link2 aria-hidden className="size-4" /> Continue from the previous shot
            </label>
          )}
        </div>
      </div>

      {shot.error && (
        <p role="alert" className="text-sm text-danger" data-testid="shot-error">
          {shot.error}
        </p>
      )}
      {shot.startsFromOlderFrame && (
        <p className="flex flex-wrap items-center gap-2 text-sm text-warning" data-testid="older-frame">
          Starts from an older frame: the shot before now uses another take.
          {canEdit && (
            <Button
              size="sm"
              variant="outline"
              onClick={() =>
                take.mutate({ storyboardId: board.id, shotId: shot.id, idempotencyKey: crypto.randomUUID() })
              }
            >
              <RefreshCw aria-hidden /> Regenerate from the new frame
            </Button>
          )}
        </p>
      )}

      <div
        className="relative flex min-w-0 gap-3 overflow-x-auto pb-1"
        aria-label={`Frames and takes of shot ${n}`}
        role="group"
      >
        {shot.continues && shot.startFrameUrl && (
          <figure className="shrink-0">
            {/* eslint-disable-next-line @next/next/no-img-element -- a signed storage URL */}
            <img
              data-testid="start-frame"
              src={shot.startFrameUrl}
              alt={`First frame of shot ${n}: the last frame of shot ${n - 1}`}
              className="h-24 rounded-lg border border-border object-cover"
            />
            <figcaption className="text-xs text-muted-foreground">Starts here</figcaption>
          </figure>
        )}
        {shot.takes.map((t, i) => (
          <figure key={t.id} className="shrink-0" data-testid="take" data-take-id={t.id} data-used={t.used}>
            <button
              type="button"
              disabled={!canEdit || t.phase !== "ready" || t.used}
              aria-pressed={t.used}
              aria-label={t.used ? `Take ${i + 1}, used in the film` : `Use take ${i + 1} in the film`}
              onClick={() => choose.mutate({ shotId: shot.id, takeId: t.id })}
              className={cn(
                "flex h-24 items-center justify-center overflow-hidden rounded-lg border-2 bg-muted",
                t.used ? "border-primary" : "border-transparent",
              )}
            >
              {t.posterUrl ? (
                // eslint-disable-next-line @next/next/no-img-element -- a signed storage URL
                <img src={t.posterUrl} alt="" className="h-full object-cover" />
              ) : (
                <span className="px-3 text-xs text-muted-foreground">
                  {t.phase === "failed" ? "Failed" : "Generating…"}
                </span>
              )}
            </button>
            <figcaption className="text-xs text-muted-foreground">
              Take {i + 1}
              {t.used ? " · in the film" : ""}
            </figcaption>
          </figure>
        ))}
        {shot.endFrameUrl && (
          <figure className="shrink-0">
            {/* eslint-disable-next-line @next/next/no-img-element -- a signed storage URL */}
            <img
              data-testid="end-frame"
              src={shot.endFrameUrl}
              alt={`Last frame of shot ${n}`}
              className="h-24 rounded-lg border border-border object-cover"
            />
            <figcaption className="text-xs text-muted-foreground">Ends here</figcaption>
          </figure>
        )}
        {canEdit && shot.takes.length > 0 && (
          <div className="grid h-24 shrink-0 content-center gap-1">
            <Button
              variant="outline"
              size="sm"
              disabled={take.isPending}
              data-testid="new-take"
              onClick={() =>
                take.mutate({
                  storyboardId: board.id,
                  shotId: shot.id,
                  idempotencyKey: crypto.randomUUID(),
                  count: takes,
                })
              }
            >
              <Plus aria-hidden /> New {takes === 1 ? "take" : `takes ×${takes}`}
            </Button>
            <select
              aria-label="How many new takes"
              value={takes}
              onChange={(e) => setTakes(Number(e.target.value) as 1 | 2 | 4)}
              className="h-9 rounded-lg border border-border bg-background px-2 text-sm"
            >
              {[1, 2, 4].map((n) => (
                <option key={n} value={n}>
                  ×{n}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {used?.videoUrl && (
        <details>
          <summary className="cursor-pointer text-sm text-muted-foreground">
            Play the take in the film
          </summary>
          <video
            src={used.videoUrl}
            controls
            playsInline
            preload="none"
            className="mt-2 max-h-72 rounded-lg"
          />
        </details>
      )}
    </article>
  );
}
