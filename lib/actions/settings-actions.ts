"use server";

import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { NOTIFICATION_KINDS } from "@/lib/inbox/kinds";
import { setMailKinds } from "@/lib/inbox/mail-kinds";
import { LOCALES } from "@/lib/i18n/locales";
import { userAction } from "./safe-action";

export const setMailKindsAction = userAction(
  z.object({
    kinds: z
      .array(z.enum(NOTIFICATION_KINDS, { message: "That is not a kind of news this studio sends." }))
      .max(NOTIFICATION_KINDS.length, "Each kind once."),
  }),
  ({ kinds }, user) => setMailKinds(db, { userId: user.id, kinds }),
);

/** The interface's language for this account; "auto" follows the browser. */
export const setLanguageAction = userAction(
  z.object({
    locale: z.enum(["auto", ...LOCALES], { message: "Choose one of the languages listed." }),
  }),
  async ({ locale }, user) => {
    await db.user.update({
      where: { id: user.id },
      data: { locale: locale === "auto" ? null : locale },
      select: { id: true },
    });
    return { locale };
  },
);
