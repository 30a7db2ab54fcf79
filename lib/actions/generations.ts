"use server";

import { z } from "zod";
import { db } from "@/lib/db/client";
import { generationSettingsSchema } from "@/lib/grok/settings-schema";
import { submitGeneration } from "@/lib/generations/submit-generation";
import { cancelGeneration } from "@/lib/generations/cancel-generation";
import { lifecycleDeps } from "@/lib/generations/wiring";
import { appJobs } from "@/lib/jobs/engine";
import { workspaceAction } from "./safe-action";

const submitSchema = z.object({
  settings: generationSettingsSchema,
  idempotencyKey: z.uuid({ message: "The request key is missing; reload the page and try again." }),
  remixedFromId: z.string().max(64).nullish(),
});

export const submitGenerationAction = workspaceAction(submitSchema, "member", async (input, ctx) =>
  submitGeneration(lifecycleDeps(await appJobs()), {
    workspaceId: ctx.workspace.id,
    userId: ctx.user.id,
    ...input,
  }),
);

export const cancelGenerationAction = workspaceAction(
  z.object({ id: z.string().trim().min(1).max(64) }),
  "member",
  ({ id }, ctx) => cancelGeneration({ db, workspaceId: ctx.workspace.id, id }),
);
