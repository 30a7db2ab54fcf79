"use client";

import { Loader2, Pause, Play, Volume2, VolumeX } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { GroupState } from "./use-synced-playback";

const SPEEDS = [0.25, 0.5, 1] as const;

/** "0:02.4": to a tenth, so a one-frame step shows. */
export function formatTime(seconds: number): string {
  const t = Math.max(0, seconds);
  return `${Math.floor(t / 60)}:${(t % 60).toFixed(1).padStart(4, "0")}`;
}

/** The one transport for every compared video, stuck to the bottom of the screen. */
export function CompareControls({
  state,
  time,
  duration,
  rate,
  soundFrom,
  onToggle,
  onSeek,
  onRate,
  onSound,
}: {
  state: GroupState;
  time: number;
  duration: number;
  rate: number;
  /** The letter of the video heard, or null when all are muted. */
  soundFrom: string | null;
  onToggle: () => void;
  onSeek: (time: number) => void;
  onRate: (rate: number) => void;
  onSound: () => void;
}) {
  const paused = state === "paused";
  return (
    <div
      role="group"
      aria-label="Controls for all videos"
      data-testid="compare-controls"
      className="sticky bottom-[max(env(safe-area-inset-bottom),0.75rem)] z-30 flex flex-wrap items-center gap-x-2 gap-y-1 rounded-2xl border border-border bg-background/95 p-2 shadow-lg backdrop-blur"
    >
      <input
        type="range"
        min={0}
        max={duration || 0}
        step="any"
        value={Math.min(time, duration || 0)}
        onChange={(e) => onSeek(Number(e.currentTarget.value))}
        aria-label="Position of all videos"
        aria-valuetext={`${formatTime(time)} of ${formatTime(duration)}`}
        data-testid="compare-seek"
        className="order-first h-11 min-w-0 basis-full accent-primary sm:order-none sm:h-9 sm:flex-1 sm:basis-auto"
      />
      <Button
        size="icon"
        onClick={onToggle}
        aria-label={paused ? "Play all" : "Pause all"}
        data-testid="compare-play"
        className="sm:order-first"
      >
        {state === "starting" ? (
          <Loader2 aria-hidden className="animate-spin" />
        ) : paused ? (
          <Play aria-hidden className="fill-current" />
        ) : (
          <Pause aria-hidden className="fill-current" />
        )}
      </Button>
      <span className="mr-auto text-sm tabular-nums sm:order-first sm:mr-0" data-testid="compare-time">
        {formatTime(time)} / {formatTime(duration)}
      </span>
      <label className="flex items-center gap-1 text-sm text-muted-foreground">
        <span className="max-sm:sr-only">Speed</span>
        <select
          value={rate}
          onChange={(e) => onRate(Number(e.currentTarget.value))}
          data-testid="compare-speed"
          className="h-11 rounded-lg border border-border bg-background px-2 text-foreground sm:h-9"
        >
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <Button
        variant="outline"
        onClick={onSound}
        aria-pressed={soundFrom !== null}
        data-testid="compare-sound"
        className="h-11 sm:h-9"
      >
        {soundFrom ? <Volume2 aria-hidden /> : <VolumeX aria-hidden />}
        <span>{soundFrom ? `Sound: ${soundFrom}` : "Sound off"}</span>
      </Button>
      <p className="sr-only" aria-live="polite">
        {state === "starting" ? "Loading the videos…" : state === "playing" ? "Playing" : "Paused"}
      </p>
    </div>
  );
}
