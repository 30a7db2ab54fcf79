"use server";

import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { getStorage } from "@/lib/storage";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { deleteWorkspace } from "@/lib/workspaces/delete-workspace";
import { leaveWorkspace } from "@/lib/workspaces/leave-workspace";
import { renameWorkspace } from "@/lib/workspaces/rename-workspace";
import { switchWorkspace } from "@/lib/workspaces/switch-workspace";
import { transferOwnership } from "@/lib/workspaces/transfer-ownership";
import { workspaceIdSchema, workspaceNameSchema } from "@/lib/workspaces/workspace-name";
import { setWorkspaceRules } from "@/lib/workspaces/set-workspace-rules";
import { workspaceRulesSchema } from "@/lib/workspaces/workspace-rules";
import { userAction, workspaceAction } from "./safe-action";

const userId = z.string().trim().min(1, "Whom?").max(64);

export const createWorkspaceAction = userAction(z.object({ name: workspaceNameSchema }), ({ name }, user) =>
  createWorkspace(db, { userId: user.id, name }),
);

export const switchWorkspaceAction = userAction(
  z.object({ workspaceId: workspaceIdSchema }),
  ({ workspaceId }, user) => switchWorkspace(db, { userId: user.id, workspaceId }),
);

export const renameWorkspaceAction = workspaceAction(
  z.object({ name: workspaceNameSchema }),
  "workspace.rename",
  ({ name }, ctx) => renameWorkspace(db, { workspaceId: ctx.workspace.id, actorId: ctx.user.id, name }),
);

/** The team's pace of submits per member per minute, and who may make share links. */
export const setWorkspaceRulesAction = workspaceAction(
  workspaceRulesSchema,
  "workspace.rules",
  (rules, ctx) => setWorkspaceRules(db, { workspaceId: ctx.workspace.id, actorId: ctx.user.id, rules }),
);

export const leaveWorkspaceAction = workspaceAction(z.looseObject({}), "workspace.leave", (_input, ctx) =>
  leaveWorkspace(db, { userId: ctx.user.id, workspaceId: ctx.workspace.id }),
);

export const transferOwnershipAction = workspaceAction(
  z.object({ userId }),
  "workspace.transfer",
  (input, ctx) =>
    transferOwnership(db, { workspaceId: ctx.workspace.id, fromUserId: ctx.user.id, toUserId: input.userId }),
);

export const deleteWorkspaceAction = workspaceAction(
  z.object({ confirmName: z.string().max(200) }),
  "workspace.delete",
  async ({ confirmName }, ctx) => {
    const { storageKeys } = await deleteWorkspace(db, { workspaceId: ctx.workspace.id, confirmName });
    // After the commit: a file left behind costs storage, a row pointing nowhere would cost a page.
    const storage = getStorage();
    await Promise.all(storageKeys.map((key) => storage.delete(key).catch(() => undefined)));
    return { deleted: true };
  },
);
