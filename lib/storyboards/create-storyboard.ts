import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { getModel } from "@/lib/grok/catalog";
import {
  DEFAULT_SHOT_SECONDS,
  STORYBOARD_MODELS,
  splitScript,
  type StoryboardFrame,
} from "./storyboard-schemas";

export interface Owner {
  db: PrismaClient;
  workspaceId: string;
  userId: string;
}

/** A shot length the model can make: the default when it fits, else the nearest it allows. */
export function fittingSeconds(model: string, wanted = DEFAULT_SHOT_SECONDS): number {
  const limits = getModel(model)?.durations;
  return limits ? Math.min(limits.max, Math.max(limits.min, wanted)) : wanted;
}

/**
 * A new storyboard: empty (one blank shot to start from), or one shot per paragraph of a pasted
 * script — every shot after the first continuing from the one before, as a sequence usually does.
 */
export async function createStoryboard(
  deps: Owner,
  input: { title: string; frame: StoryboardFrame; script: string },
): Promise<{ id: string }> {
  const paragraphs = splitScript(input.script);
  const prompts = paragraphs.length > 0 ? paragraphs : [""];
  const seconds = fittingSeconds(input.frame.model);
  return deps.db.storyboard.create({
    data: {
      workspaceId: deps.workspaceId,
      creatorId: deps.userId,
      title: input.title,
      ...input.frame,
      shots: {
        create: prompts.map((prompt, position) => ({
          position,
          prompt,
          durationSec: seconds,
          continues: position > 0,
        })),
      },
    },
    select: { id: true },
  });
}

/**
 * "Continue this video": a two-shot storyboard in the video's frame whose first shot is the video
 * itself (its take) and whose second continues from its last frame, prompt ready to edit.
 */
export async function storyboardFromVideo(deps: Owner, generationId: string): Promise<{ id: string }> {
  const video = await deps.db.generation.findFirst({
    where: { id: generationId, workspaceId: deps.workspaceId, deletedAt: null },
    select: {
      id: true,
      prompt: true,
      model: true,
      aspectRatio: true,
      resolution: true,
      durationSec: true,
      state: true,
      shotId: true,
    },
  });
  if (!video) throw new AppError("not_found", "That video is not in this workspace.");
  if (video.state !== "ready")
    throw new AppError("conflict", "Only a finished, saved video can be continued. Wait until it is ready.");
  if (video.shotId)
    throw new AppError("conflict", "This video is already a shot of a storyboard: continue it there.");
  const model = (STORYBOARD_MODELS as string[]).includes(video.model) ? video.model : STORYBOARD_MODELS[0]!;
  return deps.db.$transaction(async (tx) => {
    const board = await tx.storyboard.create({
      data: {
        workspaceId: deps.workspaceId,
        creatorId: deps.userId,
        title: titleFrom(video.prompt),
        model,
        aspectRatio: video.aspectRatio,
        resolution: video.resolution,
        shots: {
          create: [
            { position: 0, prompt: video.prompt, durationSec: video.durationSec, continues: false },
            { position: 1, prompt: video.prompt, durationSec: fittingSeconds(model), continues: true },
          ],
        },
      },
      select: { id: true, shots: { where: { position: 0 }, select: { id: true } } },
    });
    const first = board.shots[0]!.id;
    // Claimed only if still free: two "Continue" presses at once cannot both take the video.
    const claimed = await tx.generation.updateMany({
      where: { id: video.id, shotId: null },
      data: { shotId: first },
    });
    if (claimed.count !== 1)
      throw new AppError("conflict", "This video is already a shot of a storyboard: continue it there.");
    await tx.shot.update({ where: { id: first }, data: { chosenTakeId: video.id } });
    return { id: board.id };
  });
}

function titleFrom(prompt: string): string {
  const words = prompt.split(/\s+/).slice(0, 8).join(" ");
  return (words.length > 60 ? `${words.slice(0, 59)}…` : words) || "Untitled storyboard";
}
