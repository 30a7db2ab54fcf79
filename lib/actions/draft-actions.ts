"use server";

import { db } from "@/lib/db/client";
import { draftInputSchema } from "@/lib/drafts/draft-schema";
import { loadDraft } from "@/lib/drafts/load-draft";
import { saveDraft } from "@/lib/drafts/save-draft";
import { signStorageUrl } from "@/lib/generations/wiring";
import { workspaceAction } from "./safe-action";

/**
 * Keeps the caller's create-form draft for this workspace, and answers with it as stored
 * (images that no longer exist left out), so a browser whose local copy was newer gets fresh
 * thumbnails. Only those who may create have a create form to keep.
 */
export const saveDraftAction = workspaceAction(draftInputSchema, "generations.create", async (draft, ctx) => {
  const where = { userId: ctx.user.id, workspaceId: ctx.workspace.id };
  await saveDraft(db, { ...where, draft });
  return (await loadDraft(db, { ...where, sign: signStorageUrl }))!;
});
