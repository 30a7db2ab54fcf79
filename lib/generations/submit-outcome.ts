import type { GenerationState } from "./state-machine";

/** What the creator is told at once after a submit: sent, refused (and why), or being checked. */
export interface SubmitOutcome {
  generationId: string;
  duplicate: boolean;
  state: GenerationState;
  errorCode: string | null;
  errorMessage: string | null;
  traceId: string | null;
  /** Waiting for a free slot on the upstream token: its place in the line (1 = next). */
  queuePosition?: number;
  /** Held back by the workspace's submits per minute until then (ISO time). */
  pacedUntil?: string;
}
