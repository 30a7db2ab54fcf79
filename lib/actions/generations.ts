"use server";

import { z } from "zod";
import { db } from "@/lib/db/client";
import { generationSettingsSchema } from "@/lib/grok/settings-schema";
import { submitGeneration } from "@/lib/generations/submit-generation";
import { applyEvent } from "@/lib/generations/apply-event";
import { callbackBaseUrl, grokClient } from "@/lib/generations/runtime";
import { AppError } from "@/lib/errors";
import { assertImagesInWorkspace } from "@/lib/uploads/image-urls";
import { imageUrlResolver, uploadAvailability } from "@/lib/uploads/runtime";
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
  return submitGeneration(
    {
      db,
      grok: grokClient(),
      appUrl: callbackBaseUrl(),
      resolveImageUrls: imageUrlResolver(ctx.workspace.id),
    },
    { workspaceId: ctx.workspace.id, userId: ctx.user.id, ...input },
  );
});

export const cancelGenerationAction = workspaceAction(
  z.object({ id: z.string().max(64) }),
  "member",
  async ({ id }, ctx) => {
    const g = await db.generation.findFirst({
      where: { id, workspaceId: ctx.workspace.id },
      select: { id: true },
    });
    if (!g) throw new AppError("not_found", "No such generation in this workspace.");
    const result = await applyEvent(db, g.id, { type: "canceled", at: new Date() });
    if (!result.changed)
      throw new AppError("conflict", "It was already sent to the provider, so it cannot be canceled.");
    return { id: g.id };
  },
);
