"use server";

import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { emailSchema } from "@/lib/auth/credentials";
import { ROLES } from "@/lib/auth/roles";
import { appOrigin } from "@/lib/server/app-origin";
import { acceptInvite } from "@/lib/workspaces/invites/accept-invite";
import { createInvite } from "@/lib/workspaces/invites/create-invite";
import { resendInvite } from "@/lib/workspaces/invites/resend-invite";
import { revokeInvite } from "@/lib/workspaces/invites/revoke-invite";
import { userAction, workspaceAction } from "./safe-action";

const inviteId = z.string().trim().min(1, "Which invite?").max(64);
const role = z.enum(ROLES, { message: "Choose a role: viewer, member or admin." });

export const createInviteAction = workspaceAction(
  z.object({
    // Empty: a link invite, for whoever the admin hands the link to.
    email: z.union([z.literal("").transform(() => null), emailSchema]).nullish(),
    role,
  }),
  "invites.manage",
  async (input, ctx) =>
    createInvite(db, {
      workspaceId: ctx.workspace.id,
      inviter: { userId: ctx.user.id, role: ctx.role, name: ctx.user.name ?? ctx.user.email },
      email: input.email ?? null,
      role: input.role,
      origin: await appOrigin(),
    }),
);

export const resendInviteAction = workspaceAction(
  z.object({ id: inviteId }),
  "invites.manage",
  async ({ id }, ctx) =>
    resendInvite(db, {
      workspaceId: ctx.workspace.id,
      actor: { userId: ctx.user.id, role: ctx.role, name: ctx.user.name ?? ctx.user.email },
      id,
      origin: await appOrigin(),
    }),
);

export const revokeInviteAction = workspaceAction(
  z.object({ id: inviteId }),
  "invites.manage",
  ({ id }, ctx) => revokeInvite(db, { workspaceId: ctx.workspace.id, actorId: ctx.user.id, id }),
);

/** Not a workspace action: whoever redeems is not a member yet. */
export const acceptInviteAction = userAction(
  z.object({ token: z.string().trim().min(1, "The invite link is incomplete.").max(200) }),
  ({ token }, user) => acceptInvite(db, { token, user: { id: user.id, email: user.email } }),
);
