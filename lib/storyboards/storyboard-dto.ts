import type { Chapter } from "./chapters";
import type { GenerationState } from "@/lib/generations/state-machine";
import type { ShotStatus } from "./shot-status";

/** What the storyboard page shows and polls (GET /api/storyboards/<id>). */
export interface StoryboardDto {
  id: string;
  title: string;
  model: string;
  aspectRatio: string;
  resolution: string;
  crossfade: boolean;
  runState: "idle" | "running" | "stopped";
  runError: string | null;
  shots: ShotDto[];
  /** What "Generate all" would send now: shots, seconds, and money where the workspace set prices. */
  plan: { shots: number; seconds: number; cost: string | null };
  film: FilmDto;
}

export interface ShotDto {
  id: string;
  position: number;
  prompt: string;
  durationSec: number;
  continues: boolean;
  status: ShotStatus["kind"];
  /** Another take is on its way while the film can already use one. */
  generating: boolean;
  startsFromOlderFrame: boolean;
  /** The previous take's last frame this shot's newest take started from. */
  startFrameUrl: string | null;
  /** The last frame of the take the film uses, once it is kept (where the shot ends). */
  endFrameUrl: string | null;
  /** The failure of its newest take, in words. */
  error: string | null;
  takes: TakeDto[];
}

export interface TakeDto {
  id: string;
  state: GenerationState;
  phase: "active" | "ready" | "failed";
  posterUrl: string | null;
  videoUrl: string | null;
  /** The take the film uses. */
  used: boolean;
  errorMessage: string | null;
}

export interface FilmDto {
  state: "none" | "building" | "ready" | "failed";
  progress: number;
  error: string | null;
  videoUrl: string | null;
  posterUrl: string | null;
  downloadUrl: string | null;
  chapters: FilmChapter[];
  /** The shots' takes changed since it was made. */
  outOfDate: boolean;
  /** This cut as a video of the gallery (its page shares and reviews it), once added. */
  galleryId: string | null;
}

/** Where a shot starts in the film: the player's chapters. */
export interface FilmChapter extends Chapter {
  shotId: string;
}

export interface StoryboardSummary {
  id: string;
  title: string;
  shots: number;
  updatedAt: string;
  runState: StoryboardDto["runState"];
  filmState: FilmDto["state"];
  posterUrl: string | null;
}
