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
import { GROK_ERRORS, isGrokErrorCode } from "@/lib/grok/errors";

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

/** States whose task the provider is asked about (or, for `unknown`, searched for). */
export const POLLED_STATES = ["unknown", "submitted", "running"] as const satisfies GenerationState[];

export const isActive = (s: GenerationState) => (ACTIVE_STATES as readonly string[]).includes(s);
export const isFailed = (s: GenerationState) => (FAILED_STATES as readonly string[]).includes(s);
export const isPolled = (s: GenerationState) => (POLLED_STATES as readonly string[]).includes(s);
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
  /** The provider has no such task: a lost submit it never received, or an id it forgot. */
  | { type: "not_found"; at: Date }
  | { type: "canceled"; at: Date };

export interface GenerationSnapshot {
  state: GenerationState;
  taskId: string | null;
  /** When the upstream request was started; a generation being sent can no longer be canceled. */
  sendStartedAt?: Date | null;
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
  /**
   * For a failed outcome: whether its seconds are given back. Only when nothing can have been
   * charged; while the provider may still make the video, they are kept.
   */
  refund?: boolean;
}

const UNSURE_TIMEOUT =
  "Grok never confirmed whether this video was started, so its seconds were not given back. If it was made, it will still appear here.";
const NEVER_SENT_TIMEOUT = "The video could not be sent to Grok in time, so its seconds were given back.";
const PENDING_TIMEOUT =
  "The video took too long to arrive. Grok still has the task, so its seconds were not given back; if Grok finishes it, it will appear here.";

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
        refund: true,
      };
    case "outcome_unknown":
      if (current.state !== "queued") return null;
      return { state: "unknown", errorCode: event.code, errorMessage: event.message };
    case "observed":
      return observe(current, event.task, event.at);
    case "mirrored":
      return current.state === "succeeded" ? { state: "ready", videoAssetId: event.videoAssetId } : null;
    case "deadline_passed": {
      if (!isActive(current.state)) return null;
      // A lost submit nobody could find may still be a paid task, and a task the provider still
      // has is one: say so, and keep its seconds. Only what was never sent is given back.
      const unsure =
        current.state === "unknown" || (current.state === "queued" && Boolean(current.sendStartedAt));
      const neverSent = current.state === "queued" && !current.sendStartedAt;
      return {
        state: "timed_out",
        errorCode: "timed_out",
        errorMessage: unsure ? UNSURE_TIMEOUT : neverSent ? NEVER_SENT_TIMEOUT : PENDING_TIMEOUT,
        finishedAt: event.at,
        refund: neverSent,
      };
    }
    case "not_found":
      // Also after the deadline: a late look that finds the provider never had the task.
      if (!isPolled(current.state) && current.state !== "timed_out") return null;
      return {
        state: "failed",
        errorCode: "task_not_found",
        errorMessage: GROK_ERRORS.task_not_found.userMessage,
        finishedAt: event.at,
        refund: true,
      };
    case "canceled":
      // Only a generation whose request never left can be canceled: once it is in flight the
      // provider may accept it, and a canceled row would orphan a paid task.
      return current.state === "queued" && !current.sendStartedAt
        ? { state: "canceled", finishedAt: event.at, refund: true }
        : null;
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
        errorMessage: failedTaskMessage(task.errorCode),
        finishedAt: task.finishedAt ?? at,
        // Failed tasks are not billed (docs/upstream-api.md §6).
        refund: true,
      };
  }
}

/** The provider's own words are for the log; the creator reads ours, without codes or jargon. */
function failedTaskMessage(code: string | undefined): string {
  if (code === "forbidden") return GROK_ERRORS.forbidden.userMessage;
  if (code === "bad_request") return "Grok could not use these settings or images. Check them and try again.";
  if (isGrokErrorCode(code) && !GROK_ERRORS[code].transient) return GROK_ERRORS[code].userMessage;
  return "Grok could not make this video, and nothing was charged for it. Try again.";
}
