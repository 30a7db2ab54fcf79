"use server";

import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { appOrigin } from "@/lib/server/app-origin";
import { createShareLink } from "@/lib/shares/create-share-link";
import { remakeShareLink } from "@/lib/shares/remake-share-link";
import { revokeShareLink } from "@/lib/shares/revoke-share-link";
import { createShareSchema } from "@/lib/shares/share-schema";
import { recordIdSchema } from "@/lib/validation/text";
import { workspaceAction } from "./safe-action";

/** Makes a share link; its URL is in the answer once and never again (only its hash is kept). */
export const createShareLinkAction = workspaceAction(
  createShareSchema,
  "shares.create",
  async (input, ctx) => {
    const created = await createShareLink({
      db,
      workspaceId: ctx.workspace.id,
      userId: ctx.user.id,
      role: ctx.role,
      input,
    });
    return { id: created.id, url: `${await appOrigin()}${created.path}`, expiresAt: created.expiresAt };
  },
);

export const revokeShareLinkAction = workspaceAction(
  z.object({ id: recordIdSchema }),
  "shares.revoke.own",
  ({ id }, ctx) =>
    revokeShareLink({ db, workspaceId: ctx.workspace.id, id, userId: ctx.user.id, role: ctx.role }),
);

/** A link that stopped when its maker left, made again under the admin's name; its new URL is shown once. */
export const remakeShareLinkAction = workspaceAction(
  z.object({ id: recordIdSchema }),
  "shares.revoke.any",
  async ({ id }, ctx) => {
    const made = await remakeShareLink({
      db,
      workspaceId: ctx.workspace.id,
      id,
      userId: ctx.user.id,
      role: ctx.role,
    });
    return { id: made.id, url: `${await appOrigin()}${made.path}`, expiresAt: made.expiresAt };
  },
);
