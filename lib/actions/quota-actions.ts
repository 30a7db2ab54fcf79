"use server";

import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { quotaSecondsSchema } from "@/lib/workspaces/quota-schema";
import { setMemberQuota } from "@/lib/workspaces/set-member-quota";
import { setWorkspaceQuota } from "@/lib/workspaces/set-workspace-quota";
import { workspaceAction } from "./safe-action";

export const setMemberQuotaAction = workspaceAction(
  z.object({
    userId: z.string().trim().min(1, "Whose quota? Choose a member.").max(64),
    seconds: quotaSecondsSchema,
  }),
  "quotas.manage",
  ({ userId, seconds }, ctx) =>
    setMemberQuota(db, { workspaceId: ctx.workspace.id, actorId: ctx.user.id, userId, seconds }),
);

export const setWorkspaceQuotaAction = workspaceAction(
  z.object({ seconds: quotaSecondsSchema }),
  "quotas.manage",
  ({ seconds }, ctx) =>
    setWorkspaceQuota(db, { workspaceId: ctx.workspace.id, actorId: ctx.user.id, seconds }),
);
