import "server-only";
import { readChapters, type Chapter } from "@/lib/storyboards/chapters";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { creatorName } from "./creator-name";
import { generationDtoSelect, toGenerationDto, type GenerationDto } from "./dto";
import { loadGenerationImages, type ImageRef } from "./generation-images";
import { downloadUrlFor, type SignStorageUrl } from "./generation-file-urls";

export type { SignStorageUrl } from "./generation-file-urls";

export interface LinkedGeneration {
  id: string;
  prompt: string;
}

export interface GenerationDetail extends GenerationDto {
  creator: { id: string; name: string };
  inputImage: ImageRef | null;
  referenceImages: ImageRef[];
  remixedFrom: LinkedGeneration | null;
  /** The latest six. */
  remixes: LinkedGeneration[];
  /** An attachment URL for our stored copy, else the provider's URL; null while there is no video. */
  downloadUrl: string | null;
  /** A storyboard's film: where each shot starts (a moment names its shot). */
  chapters: Chapter[] | null;
}

const REMIX_LIMIT = 6;
const linked = { id: true, prompt: true } as const;

export async function getGenerationDetail(input: {
  db: PrismaClient;
  workspaceId: string;
  id: string;
  sign: SignStorageUrl;
}): Promise<GenerationDetail> {
  const { db, workspaceId, id, sign } = input;
  const row = await db.generation.findFirst({
    where: { id, workspaceId, deletedAt: null },
    select: {
      ...generationDtoSelect,
      creator: { select: { id: true, name: true, email: true } },
      chapters: true,
      remixedFrom: { select: { ...linked, workspaceId: true, deletedAt: true } },
      remixes: {
        where: { workspaceId, deletedAt: null },
        select: linked,
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: REMIX_LIMIT,
      },
    },
  });
  if (!row) throw new AppError("not_found", "No such generation in this workspace.");

  const [dto, images, downloadUrl] = await Promise.all([
    toGenerationDto(row, (key) => sign(key)),
    loadGenerationImages(db, {
      workspaceId,
      inputImageId: row.inputImageId,
      referenceImageIds: row.referenceImageIds,
      sign: (key) => sign(key),
    }),
    downloadUrlFor(row, sign),
  ]);
  const source = row.remixedFrom;
  return {
    ...dto,
    creator: { id: row.creator.id, name: creatorName(row.creator) },
    inputImage: images.inputImage,
    referenceImages: images.referenceImages,
    remixedFrom:
      source && source.workspaceId === workspaceId && !source.deletedAt
        ? { id: source.id, prompt: source.prompt }
        : null,
    remixes: row.remixes,
    downloadUrl,
    chapters: readChapters(row.chapters),
  };
}
