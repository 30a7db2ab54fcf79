import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { saveDraft } from "@/lib/drafts/save-draft";
import { ASPECT_RATIOS, MODEL_IDS, RESOLUTIONS } from "@/lib/grok/catalog";
import { can } from "@/lib/workspaces/permissions";
import { switchWorkspace } from "@/lib/workspaces/switch-workspace";
import type { SharedVideo } from "./find-share-link";

const oneOf = <T extends string>(values: readonly T[], value: string): T | null =>
  values.includes(value as T) ? (value as T) : null;

export interface SharedSettings {
  model: string | null;
  aspectRatio: string | null;
  resolution: string | null;
  durationSec: number;
}

/**
 * "Make one like this": the shared video's prompt and settings become the caller's create-form
 * draft in a workspace where they may create (the one they work in, else their personal studio),
 * which they are switched to. Only the settings cross over: no images, no lineage, no ids of the
 * sharing workspace.
 */
export async function remixSharedVideo(
  db: PrismaClient,
  input: {
    userId: string;
    current: { workspaceId: string; role: Role };
    workspaces: Array<{ id: string; role: Role; personal: boolean }>;
    video: SharedVideo;
  },
): Promise<{ workspaceId: string; settings: SharedSettings }> {
  const target = can(input.current.role, "generations.create")
    ? input.current.workspaceId
    : input.workspaces.find((w) => w.personal && can(w.role, "generations.create"))?.id;
  if (!target) throw new AppError("forbidden", "None of your workspaces lets you create videos.");
  const { video } = input;
  const settings: SharedSettings = {
    model: oneOf(MODEL_IDS, video.model),
    aspectRatio: oneOf(ASPECT_RATIOS, video.aspectRatio),
    resolution: oneOf(RESOLUTIONS, video.resolution),
    durationSec: video.durationSec,
  };
  await saveDraft(db, {
    userId: input.userId,
    workspaceId: target,
    draft: {
      prompt: video.prompt,
      model: oneOf(MODEL_IDS, video.model),
      aspectRatio: oneOf(ASPECT_RATIOS, video.aspectRatio),
      resolution: oneOf(RESOLUTIONS, video.resolution),
      durationSec: video.durationSec,
      inputImageId: null,
      referenceImageIds: [],
      remixedFromId: null,
    },
  });
  if (target !== input.current.workspaceId)
    await switchWorkspace(db, { userId: input.userId, workspaceId: target });
  return { workspaceId: target, settings };
}
