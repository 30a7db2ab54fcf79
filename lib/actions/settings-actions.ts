"use server";

import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { setNotifyOnReady } from "@/lib/auth/set-notify-on-ready";
import { userAction } from "./safe-action";

export const setNotifyOnReadyAction = userAction(z.object({ enabled: z.boolean() }), ({ enabled }, user) =>
  setNotifyOnReady(db, { userId: user.id, enabled }),
);
