"use server";

import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { markRead } from "@/lib/inbox/list-inbox";
import { userAction } from "./safe-action";

/** Marks entries of the caller's inbox read: the ones named, or (no ids) all of them. */
export const markInboxReadAction = userAction(
  z.object({
    ids: z
      .array(z.string().trim().min(1).max(64), { message: "Which entries?" })
      .max(200, "Mark at most 200 entries at once.")
      .optional(),
  }),
  async ({ ids }, user) => ({ marked: await markRead(db, { userId: user.id, ids }) }),
);
