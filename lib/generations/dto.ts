import type { Prisma } from "@/lib/db/generated/client";
import { MIRROR_ATTEMPTS } from "@/lib/jobs/queues";
import { isActive, isPlayable, type GenerationState } from "./state-machine";
import type { EtaEstimate } from "./eta";
import type { ReviewStatus } from "@/lib/reviews/review-status";
import { videoPlayPath } from "@/lib/queries/file-urls";
import { posterSrcSetOf } from "@/lib/queries/poster-widths";
import { readChapters } from "@/lib/storyboards/chapters";

/**
 * Whether a playable video is in our storage:
 * - `stored`: our copy exists and is what plays;
 * - `saving`: it plays from the provider's URL while copies are still being tried;
 * - `not_saved`: every copy attempt failed; it plays (and downloads) from the provider's URL,
 *   which may expire, and `mirrorError` says why.
 * Null while there is no video (being made, or failed).
 */
export type SavedStatus = "stored" | "saving" | "not_saved";

/** What the browser gets for a generation: small, no secrets, no internal bookkeeping. */
export interface GenerationDto {
  id: string;
  prompt: string;
  model: string;
  aspectRatio: string;
  resolution: string;
  durationSec: number;
  state: GenerationState;
  phase: "active" | "playable" | "failed";
  errorCode: string | null;
  errorMessage: string | null;
  traceId: string | null;
  videoUrl: string | null;
  /** A still of the video (WebP) to show before it plays; null when none could be made. */
  posterUrl: string | null;
  /** The still at two widths (`srcset`), so a small card on a 1× screen loads half the bytes; null without them. */
  posterSrcSet: string | null;
  /** True when the video plays from our own storage (not the provider's expiring URL). */
  stored: boolean;
  /** See `SavedStatus`; null when there is no video. */
  saved: SavedStatus | null;
  /**
   * Why the last copy failed, in plain words: when `saved` is `not_saved`, and while `saving`
   * after a failed attempt (then `copyRetry` says which and when the next one runs).
   */
  mirrorError: string | null;
  /** While `saving` after failed copies: how many of how many failed, and the next try's latest start. */
  copyRetry: { failed: number; of: number; nextTryBy: string | null } | null;
  /**
   * Timed out after it was sent: Grok may still make it and charge for it, so making it again may
   * be charged twice (the UI asks before it fills the form again).
   */
  mayBeCharged: boolean;
  favorite: boolean;
  /** The take picked in compare among the videos it was compared with. */
  picked: boolean;
  /** Where the team's review of it stands (a badge on its card). */
  reviewStatus: ReviewStatus;
  creator: { id: string; name: string | null };
  remixedFromId: string | null;
  inputImageId: string | null;
  referenceImageIds: string[];
  createdAt: string;
  submittedAt: string | null;
  finishedAt: string | null;
  /**
   * Waiting for one of the upstream token's slots: its place in line (1 = next) and how many
   * run at once. Null once it is being sent, and for everything else.
   */
  queue: {
    position: number;
    cap: number;
    /** Held back by the workspace's submits per minute until then (ISO time); absent otherwise. */
    pacedUntil?: string;
  } | null;
  /**
   * How long one like it usually takes from being sent until the video exists (see eta.ts).
   * Only on the in-progress list (`status=active`); absent elsewhere.
   */
  eta?: EtaEstimate;
  /** One of a "×N" submit: its batch, its place (1-based) and the batch's size; null for a single video. */
  batch: { id: string; index: number; size: number } | null;
  /** A storyboard's film added to the gallery: how many shots it joins. Null for a clip. */
  shots: number | null;
}

export const generationDtoSelect = {
  id: true,
  prompt: true,
  model: true,
  aspectRatio: true,
  resolution: true,
  durationSec: true,
  state: true,
  errorCode: true,
  errorMessage: true,
  traceId: true,
  providerVideoUrl: true,
  videoAssetId: true,
  videoAsset: { select: { storageKey: true, posterKey: true, posterSmallKey: true, width: true } },
  mirrorAttempts: true,
  mirrorError: true,
  mirrorNextTryBy: true,
  favorite: true,
  pickedAt: true,
  reviewStatus: true,
  creator: { select: { id: true, name: true } },
  remixedFromId: true,
  chapters: true,
  batchId: true,
  batchIndex: true,
  batchSize: true,
  inputImageId: true,
  referenceImageIds: true,
  createdAt: true,
  submittedAt: true,
  finishedAt: true,
  // Not sent to the browser: only says whether a queued one is still waiting for a slot…
  sendStartedAt: true,
  // …and until when the per-minute pace holds it back (queue-places.ts).
  paceAt: true,
  taskId: true,
} as const;

type Row = Prisma.GenerationGetPayload<{ select: typeof generationDtoSelect }>;

/** Signs a URL for one of our stored files (storage drivers sign asynchronously). */
export type SignVideoUrl = (storageKey: string) => Promise<string>;

export async function toGenerationDto(row: Row, signVideoUrl: SignVideoUrl): Promise<GenerationDto> {
  const playable = isPlayable(row.state);
  const stored = playable ? row.videoAsset : null;
  // The stored video plays from a stable address that checks membership and redirects to a URL
  // signed for minutes: a page can stay open for hours without its videos' URLs lapsing, and one
  // copied out of it works only while its owner is still in the workspace. The poster is signed
  // here (an image swaps URLs without a flicker when the page renews them).
  const storedUrl = stored ? videoPlayPath(row.id) : null;
  const posterUrl = stored?.posterKey ? await signVideoUrl(stored.posterKey) : null;
  const posterSrcSet =
    posterUrl && stored?.posterSmallKey && stored.width
      ? posterSrcSetOf({ large: posterUrl, small: await signVideoUrl(stored.posterSmallKey) }, stored.width)
      : null;
  return {
    id: row.id,
    prompt: row.prompt,
    model: row.model,
    aspectRatio: row.aspectRatio,
    resolution: row.resolution,
    durationSec: row.durationSec,
    state: row.state,
    phase: isActive(row.state) ? "active" : playable ? "playable" : "failed",
    errorCode: row.errorCode,
    errorMessage: row.errorMessage,
    traceId: row.traceId,
    videoUrl: storedUrl ?? (playable ? row.providerVideoUrl : null),
    posterUrl,
    posterSrcSet,
    stored: Boolean(storedUrl),
    ...savedStatus(row, playable, Boolean(storedUrl)),
    mayBeCharged: row.state === "timed_out" && (row.taskId !== null || row.sendStartedAt !== null),
    favorite: row.favorite,
    picked: row.pickedAt !== null,
    reviewStatus: row.reviewStatus,
    creator: row.creator,
    remixedFromId: row.remixedFromId,
    inputImageId: row.inputImageId,
    referenceImageIds: row.referenceImageIds,
    createdAt: row.createdAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    queue: null,
    batch:
      row.batchId && row.batchIndex && row.batchSize
        ? { id: row.batchId, index: row.batchIndex, size: row.batchSize }
        : null,
    shots: readChapters(row.chapters)?.length ?? null,
  };
}

/** The longest mirror error the browser gets; stored messages are one short sentence anyway. */
const MAX_MIRROR_ERROR_LENGTH = 200;

function savedStatus(
  row: Pick<Row, "mirrorAttempts" | "mirrorError" | "mirrorNextTryBy">,
  playable: boolean,
  stored: boolean,
): Pick<GenerationDto, "saved" | "mirrorError" | "copyRetry"> {
  if (!playable) return { saved: null, mirrorError: null, copyRetry: null };
  if (stored) return { saved: "stored", mirrorError: null, copyRetry: null };
  const reason = row.mirrorError?.trim() || "The video could not be copied into storage.";
  const shown =
    reason.length > MAX_MIRROR_ERROR_LENGTH ? `${reason.slice(0, MAX_MIRROR_ERROR_LENGTH - 1)}…` : reason;
  if (row.mirrorAttempts < MIRROR_ATTEMPTS) {
    if (row.mirrorAttempts === 0) return { saved: "saving", mirrorError: null, copyRetry: null };
    return {
      saved: "saving",
      mirrorError: shown,
      copyRetry: {
        failed: row.mirrorAttempts,
        of: MIRROR_ATTEMPTS,
        nextTryBy: row.mirrorNextTryBy?.toISOString() ?? null,
      },
    };
  }
  return { saved: "not_saved", mirrorError: shown, copyRetry: null };
}
