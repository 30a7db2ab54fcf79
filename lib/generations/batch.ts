/** Pure (no server-only): the create panel imports the sizes and the outcome's type. */
import type { SubmitOutcome } from "./submit-outcome";

/** How many alike videos one submit may ask for (the create panel's "×1 ×2 ×4"). */
export const BATCH_SIZES = [1, 2, 4] as const;
export type BatchSize = (typeof BATCH_SIZES)[number];

export interface BatchOutcome {
  /** Shared by the batch's rows; null for a single video. */
  batchId: string | null;
  /** A retry of a submit already made: these are its rows, nothing new was made or sent. */
  duplicate: boolean;
  /** One per video, in batch order. */
  outcomes: SubmitOutcome[];
}

/** Row `index` (1-based) of the batch keyed `key`: derived, so a retried batch finds its own rows. */
export const batchRowKey = (key: string, index: number) => `${key}:${index}`;
