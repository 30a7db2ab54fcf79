"use server";

import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { TRANSFER_MAX, transferTooMany } from "@/lib/generations/bulk-limits";
import { transferGenerations } from "@/lib/generations/transfer-generations";
import { getStorage } from "@/lib/storage";
import { workspaceAction } from "./safe-action";

/** Moves or copies videos of the current workspace to another of the caller's. */
export const transferGenerationsAction = workspaceAction(
  z.object({
    ids: z
      .array(z.string().trim().min(1).max(64), { message: "Which videos?" })
      .min(1, "Select at least one video.")
      .superRefine((list, ctx) => {
        if (list.length > TRANSFER_MAX)
          ctx.addIssue({ code: "custom", message: transferTooMany(list.length) });
      }),
    toWorkspaceId: z.string().trim().min(1, "Choose where they go.").max(64, "Choose where they go."),
    mode: z.enum(["move", "copy"], { message: "Move or copy?" }),
  }),
  "generations.create",
  (input, ctx) =>
    transferGenerations({
      db,
      storage: getStorage(),
      userId: ctx.user.id,
      from: { workspaceId: ctx.workspace.id, role: ctx.role },
      ...input,
    }),
);
