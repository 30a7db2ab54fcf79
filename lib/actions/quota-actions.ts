"use server";

import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { quotaSecondsSchema } from "@/lib/workspaces/quota-schema";
import { setMemberQuota } from "@/lib/workspaces/set-member-quota";
import { setWorkspaceQuota } from "@/lib/workspaces/set-workspace-quota";
import {
  budgetInputSchema,
  memberBudgetInputSchema,
  pricesInputSchema,
  setMemberBudget,
  setPrices,
  setWorkspaceBudget,
} from "@/lib/usage/set-prices";
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

/** What the team pays per second of each model: then costs and money appear (lib/usage/prices.ts). */
export const setPricesAction = workspaceAction(pricesInputSchema, "quotas.manage", ({ prices }, ctx) =>
  setPrices(db, { workspaceId: ctx.workspace.id, actorId: ctx.user.id, prices }),
);

export const setWorkspaceBudgetAction = workspaceAction(
  budgetInputSchema,
  "quotas.manage",
  ({ dollars }, ctx) =>
    setWorkspaceBudget(db, { workspaceId: ctx.workspace.id, actorId: ctx.user.id, micros: dollars }),
);

export const setMemberBudgetAction = workspaceAction(
  memberBudgetInputSchema,
  "quotas.manage",
  ({ userId, dollars }, ctx) =>
    setMemberBudget(db, { workspaceId: ctx.workspace.id, actorId: ctx.user.id, userId, micros: dollars }),
);
