"use server";

import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { NOTIFICATION_KINDS } from "@/lib/inbox/kinds";
import { setMailKinds } from "@/lib/inbox/mail-kinds";
import { userAction } from "./safe-action";

export const setMailKindsAction = userAction(
  z.object({
    kinds: z
      .array(z.enum(NOTIFICATION_KINDS, { message: "That is not a kind of news this studio sends." }))
      .max(NOTIFICATION_KINDS.length, "Each kind once."),
  }),
  ({ kinds }, user) => setMailKinds(db, { userId: user.id, kinds }),
);
