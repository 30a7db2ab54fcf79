"use server";

import { z } from "zod";
import { db } from "@/lib/db/client";
import { generationSettingsSchema } from "@/lib/grok/settings-schema";
import { submitGeneration } from "@/lib/generations/submit-generation";
import { cancelGeneration } from "@/lib/generations/cancel-generation";
import { appSendDeps } from "@/lib/generations/app-send";
import { AppError } from "@/lib/errors";
import { assertImagesInWorkspace } from "@/lib/uploads/image-urls";
import { uploadAvailability } from "@/lib/uploads/runtime";
import { workspaceAction } from "./safe-action";

const submitSchema = z.object({
  settings: generationSettingsSchema,
  idempotencyKey: z.uuid({ message: "The request key is missing; reload the page and try again." }),
  remixedFromId: z.string().max(64).nullish(),
});

export const submitGenerationAction = workspaceAction(submitSchema, "member", async (input, ctx) => {
  if (input.remixedFromId) {
    const source = await db.generation.findFirst({
      where: { id: input.remixedFromId, workspaceId: ctx.workspace.id },
      select: { id: true },
    });
    if (!source) throw new AppError("not_found", "The video you are remixing is not in this workspace.");
  }
  const images = {
    inputImageId: input.settings.inputImageId,
    referenceImageIds: input.settings.referenceImageIds,
  };
  if (images.inputImageId || images.referenceImageIds.length) {
    // Refused here, before a row exists or anything is counted: images the upstream could not fetch.
    const availability = uploadAvailability();
    if (!availability.available) throw new AppError("bad_request", availability.reason);
    await assertImagesInWorkspace(db, ctx.workspace.id, images);
  }
  return submitGeneration(appSendDeps(), { workspaceId: ctx.workspace.id, userId: ctx.user.id, ...input });
});

export const cancelGenerationAction = workspaceAction(
  z.object({ id: z.string().trim().min(1).max(64) }),
  "member",
  ({ id }, ctx) => cancelGeneration({ db, workspaceId: ctx.workspace.id, id }),
);
