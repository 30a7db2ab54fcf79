"use server";

import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { ROLES } from "@/lib/auth/roles";
import { changeMemberRole } from "@/lib/workspaces/change-member-role";
import { removeMember } from "@/lib/workspaces/remove-member";
import { workspaceAction } from "./safe-action";

const userId = z.string().trim().min(1, "Whom?").max(64);

export const changeMemberRoleAction = workspaceAction(
  z.object({ userId, role: z.enum(ROLES, { message: "Choose a role." }) }),
  "members.manage",
  (input, ctx) =>
    changeMemberRole(db, {
      workspaceId: ctx.workspace.id,
      actor: { userId: ctx.user.id, role: ctx.role },
      userId: input.userId,
      role: input.role,
    }),
);

export const removeMemberAction = workspaceAction(z.object({ userId }), "members.manage", (input, ctx) =>
  removeMember(db, {
    workspaceId: ctx.workspace.id,
    actor: { userId: ctx.user.id, role: ctx.role },
    userId: input.userId,
  }),
);
