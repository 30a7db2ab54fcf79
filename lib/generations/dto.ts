import type { Prisma } from "@/lib/db/generated/client";
import { isActive, isPlayable, type GenerationState } from "./state-machine";

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
  /** True when the video plays from our own storage (not the provider's expiring URL). */
  stored: boolean;
  favorite: boolean;
  creator: { id: string; name: string | null };
  remixedFromId: string | null;
  inputImageId: string | null;
  referenceImageIds: string[];
  createdAt: string;
  submittedAt: string | null;
  finishedAt: string | null;
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
  videoAsset: { select: { storageKey: true, posterKey: true } },
  favorite: true,
  creator: { select: { id: true, name: true } },
  remixedFromId: true,
  inputImageId: true,
  referenceImageIds: true,
  createdAt: true,
  submittedAt: true,
  finishedAt: true,
} as const;

type Row = Prisma.GenerationGetPayload<{ select: typeof generationDtoSelect }>;

/** Signs a URL for one of our stored files (storage drivers sign asynchronously). */
export type SignVideoUrl = (storageKey: string) => Promise<string>;

export async function toGenerationDto(row: Row, signVideoUrl: SignVideoUrl): Promise<GenerationDto> {
  const playable = isPlayable(row.state);
  const stored = playable ? row.videoAsset : null;
  const [storedUrl, posterUrl] = await Promise.all([
    stored ? signVideoUrl(stored.storageKey) : null,
    stored?.posterKey ? signVideoUrl(stored.posterKey) : null,
  ]);
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
    stored: Boolean(storedUrl),
    favorite: row.favorite,
    creator: row.creator,
    remixedFromId: row.remixedFromId,
    inputImageId: row.inputImageId,
    referenceImageIds: row.referenceImageIds,
    createdAt: row.createdAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
