/**
 * The generation lifecycle — the one place that decides every state change. Pure: it takes the
 * current state and an event and returns the next state and the fields to write, or null when the
 * event must be ignored (late, repeated or out of order). States never move backwards.
 *
 *   queued ──accepted──▶ submitted ──▶ running ──▶ succeeded ──mirrored──▶ ready
 *     │ └─rejected (4xx) / failed (not sent)        │
 *     └─unknown (maybe sent) ──task seen──▶ …      └─▶ failed / timed_out
 */
import type { InterpretedTask } from "@/lib/grok/schemas";

export const GENERATION_STATES = [
  "queued",
  "unknown",
  "submitted",
  "running",
  "succeeded",
  "ready",
  "rejected",
  "failed",
  "timed_out",
  "canceled",
] as const;
export type GenerationState = (typeof GENERATION_STATES)[number];

/** Still waiting on the upstream (or on us to send it). */
export const ACTIVE_STATES = [
  "queued",
  "unknown",
  "submitted",
  "running",
] as const satisfies GenerationState[];
/** The video exists; `succeeded` plays from the provider's URL until our copy is stored. */
export const PLAYABLE_STATES = ["succeeded", "ready"] as const satisfies GenerationState[];
export const FAILED_STATES = [
  "rejected",
  "failed",
  "timed_out",
  "canceled",
] as const satisfies GenerationState[];

export const isActive = (s: GenerationState) => (ACTIVE_STATES as readonly string[]).includes(s);
export const isPlayable = (s: GenerationState) => (PLAYABLE_STATES as readonly string[]).includes(s);

/**
 * Progress order. A transition may only go to a higher rank. `timed_out` ranks below the
 * upstream's own outcomes: a video that finishes after our deadline is still delivered.
 */
const RANK: Record<GenerationState, number> = {
  queued: 0,
  unknown: 1,
  submitted: 2,
  running: 3,
  timed_out: 4,
  failed: 5,
  rejected: 5,
  canceled: 5,
  succeeded: 6,
  ready: 7,
};

/** A task as read from the upstream (by polling or a re-read after a callback). */
export type TaskObservation = InterpretedTask;

export type GenerationEvent =
  | { type: "accepted"; taskId: string; traceId?: string; at: Date }
  | { type: "rejected"; code: string; message: string; traceId?: string; at: Date }
  | { type: "send_failed"; code: string; message: string; traceId?: string; at: Date }
  | { type: "outcome_unknown"; code: string; message: string; at: Date }
  | { type: "observed"; task: TaskObservation; at: Date }
  | { type: "mirrored"; videoAssetId: string; at: Date }
  | { type: "deadline_passed"; at: Date }
  | { type: "canceled"; at: Date };

export interface GenerationSnapshot {
  state: GenerationState;
  taskId: string | null;
}

export interface GenerationPatch {
  state: GenerationState;
  taskId?: string;
  traceId?: string;
  errorCode?: string | null;
  errorMessage?: string | null;
  providerVideoUrl?: string;
  videoAssetId?: string;
  submittedAt?: Date;
  startedAt?: Date;
  finishedAt?: Date;
}

export function transition(current: GenerationSnapshot, event: GenerationEvent): GenerationPatch | null {
  const next = target(current, event);
  if (!next || RANK[next.state] <= RANK[current.state]) return null;
  return next;
}

function target(current: GenerationSnapshot, event: GenerationEvent): GenerationPatch | null {
  switch (event.type) {
    case "accepted":
      if (current.state !== "queued" && current.state !== "unknown") return null;
      return { state: "submitted", taskId: event.taskId, traceId: event.traceId, submittedAt: event.at };
    case "rejected":
    case "send_failed":
      if (current.state !== "queued") return null;
      return {
        state: event.type === "rejected" ? "rejected" : "failed",
        errorCode: event.code,
        errorMessage: event.message,
        traceId: event.traceId,
        finishedAt: event.at,
      };
    case "outcome_unknown":
      if (current.state !== "queued") return null;
      return { state: "unknown", errorCode: event.code, errorMessage: event.message };
    case "observed":
      return observe(current, event.task, event.at);
    case "mirrored":
      return current.state === "succeeded" ? { state: "ready", videoAssetId: event.videoAssetId } : null;
    case "deadline_passed":
      if (!isActive(current.state)) return null;
      return {
        state: "timed_out",
        errorCode: "timed_out",
        errorMessage:
          "The video took too long to arrive. Nothing was charged for an unfinished video; try again.",
        finishedAt: event.at,
      };
    case "canceled":
      // Only a generation that was never sent can be canceled: nothing upstream to stop.
      return current.state === "queued" ? { state: "canceled", finishedAt: event.at } : null;
  }
}

function observe(current: GenerationSnapshot, task: TaskObservation, at: Date): GenerationPatch | null {
  // A task reported for another id is not this generation's (a forged or stale hint).
  if (current.taskId && current.taskId !== task.taskId) return null;
  const identity = { taskId: task.taskId, ...(task.traceId ? { traceId: task.traceId } : {}) };
  switch (task.status) {
    case "pending":
      return { state: "submitted", ...identity };
    case "running":
      return { state: "running", ...identity, ...(task.startedAt ? { startedAt: task.startedAt } : {}) };
    case "succeeded":
      if (!task.videoUrl) return null;
      return {
        state: "succeeded",
        ...identity,
        providerVideoUrl: task.videoUrl,
        errorCode: null,
        errorMessage: null,
        finishedAt: task.finishedAt ?? at,
      };
    case "failed":
      return {
        state: "failed",
        ...identity,
        errorCode: task.errorCode ?? "task_failed",
        errorMessage: task.errorMessage ?? "The provider could not make this video.",
        finishedAt: task.finishedAt ?? at,
      };
  }
}
