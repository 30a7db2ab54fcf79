import type { AspectRatio, Resolution } from "../catalog";
import { newId, toSeconds } from "./http";
import type { ValidSubmit } from "./validate-submit";
import { fromImageClipName } from "./clip-cache";
import { type ClipShape, clipName, videoSize } from "./video-size";

/**
 * A simulated task. Its state is computed from the clock (created → started → finished), so
 * reads need no timers and a test's clock fully controls it.
 */
export interface SimTask {
  id: string;
  traceId: string;
  /** The body as submitted, echoed back in `request` like the upstream does. */
  request: Record<string, unknown>;
  submit: ValidSubmit;
  createdAt: number;
  startAt: number;
  /** Infinity for a task that never finishes. */
  finishAt: number;
  videoUrl: string;
  videoItemId: string;
  /** Set when the task is to fail; it still fails only at `finishAt`. */
  failure?: { code: string; message: string };
  callback: "none" | "due" | "sent";
}

export type SimTaskState = "pending" | "processing" | "succeeded" | "failed";

/**
 * The committed 2 s, 480p samples (scripts/make-sim-videos.sh) that tasks used to link to; still
 * served so their links keep working. New tasks get a clip of their own shape (`clipShape`).
 */
export const MEDIA_FILES: Record<AspectRatio, string> = {
  "1:1": "480x480.mp4",
  "16:9": "848x480.mp4",
  "9:16": "480x848.mp4",
  "4:3": "640x480.mp4",
  "3:4": "480x640.mp4",
  "3:2": "720x480.mp4",
  "2:3": "480x720.mp4",
};

/** The video a submit asks for: its resolution and aspect ratio's frame, its duration. */
export const clipShape = (submit: ValidSubmit): ClipShape => ({
  ...videoSize(submit.aspectRatio, submit.resolution as Resolution),
  durationSec: submit.duration,
});

export const MODERATION_FAILURE = {
  code: "forbidden",
  message: "The prompt was flagged by content moderation.",
} as const;

export function createTask(input: {
  submit: ValidSubmit;
  request: Record<string, unknown>;
  now: number;
  durationMs: number;
  mediaBaseUrl: string;
  /** The query that signs a media path, when media links are signed. */
  signMedia?: (path: string) => string;
  failure?: { code: string; message: string };
  neverFinishes?: boolean;
}): SimTask {
  const { submit, now, durationMs } = input;
  const id = newId();
  // A first-frame image gives the task a clip of its own that starts from it (clip-cache.ts).
  const name = submit.imageUrl ? fromImageClipName(id, clipShape(submit)) : clipName(clipShape(submit));
  const mediaPath = `/media/${name}`;
  return {
    id,
    traceId: newId(),
    request: input.request,
    submit,
    createdAt: now,
    // Queued for a moment first, as real tasks are, so "pending" is observable.
    startAt: now + Math.min(1_000, Math.round(durationMs / 10)),
    finishAt: input.neverFinishes ? Number.POSITIVE_INFINITY : now + durationMs,
    videoUrl: `${input.mediaBaseUrl}${mediaPath}${input.signMedia?.(mediaPath) ?? ""}`,
    videoItemId: `${submit.model.id}:${newId()}`,
    failure: input.failure,
    callback: submit.callbackUrl ? "due" : "none",
  };
}

export function taskState(task: SimTask, now: number): SimTaskState {
  if (now >= task.finishAt) return task.failure ? "failed" : "succeeded";
  return now >= task.startAt ? "processing" : "pending";
}

export const isFinished = (task: SimTask, now: number) => now >= task.finishAt;

/** The synchronous / callback envelope of a finished task (§1, §3). */
export function taskEnvelope(task: SimTask): Record<string, unknown> {
  if (task.failure) {
    return { success: false, task_id: task.id, trace_id: task.traceId, error: { ...task.failure } };
  }
  return {
    success: true,
    task_id: task.id,
    trace_id: task.traceId,
    data: [{ id: task.videoItemId, video_url: task.videoUrl, state: "succeeded" }],
  };
}

/** The task record of `POST /grok/tasks` (§2): fields appear as the task progresses. */
export function taskRecord(task: SimTask, now: number): Record<string, unknown> {
  const record: Record<string, unknown> = {
    id: task.id,
    type: "videos",
    created_at: toSeconds(task.createdAt),
    trace_id: task.traceId,
    request: task.request,
  };
  if (now >= task.startAt) record.started_at = toSeconds(task.startAt);
  if (isFinished(task, now)) {
    record.finished_at = toSeconds(task.finishAt);
    record.elapsed = Math.round(task.finishAt - task.startAt) / 1000;
    record.response = taskEnvelope(task);
  }
  return record;
}
