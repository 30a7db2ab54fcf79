"use server";

import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { generationSettingsSchema } from "@/lib/grok/settings-schema";
import { BATCH_SIZES } from "@/lib/generations/batch";
import { submitBatch } from "@/lib/generations/submit-batch";
import { cancelGeneration } from "@/lib/generations/cancel-generation";
import { lifecycleDeps } from "@/lib/generations/wiring";
import { appJobs } from "@/lib/jobs/engine";
import { workspaceAction } from "./safe-action";

const submitSchema = z.object({
  settings: generationSettingsSchema,
  idempotencyKey: z.uuid({ message: "The request key is missing; reload the page and try again." }),
  remixedFromId: z.string().max(64).nullish(),
  // "×1 ×2 ×4": that many videos with these settings, all counted against the quotas at once.
  count: z
    .union(
      BATCH_SIZES.map((n) => z.literal(n)),
      { error: "Choose 1, 2 or 4 videos." },
    )
    .default(1),
});

export const submitGenerationAction = workspaceAction(
  submitSchema,
  "generations.create",
  async (input, ctx) =>
    submitBatch(lifecycleDeps(await appJobs()), {
      workspaceId: ctx.workspace.id,
      userId: ctx.user.id,
      ...input,
    }),
);

export const cancelGenerationAction = workspaceAction(
  z.object({ id: z.string().trim().min(1).max(64) }),
  "generations.cancel.own",
  ({ id }, ctx) =>
    cancelGeneration({ db, workspaceId: ctx.workspace.id, id, userId: ctx.user.id, role: ctx.role }),
);
