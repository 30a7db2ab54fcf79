import { z } from "@/lib/validation/zod";
import { recordIdSchema } from "@/lib/validation/text";

import {
  REEL_MAX,
  SHARE_EXPIRIES,
  SHARE_PASSWORD_MAX,
  SHARE_PASSWORD_MIN,
  SHARE_TITLE_MAX,
  type ShareExpiry,
} from "./share-limits";

/**
 * What "Share link…" sends: the form in the dialog and the action both parse it. An empty title
 * or password means none.
 */
export const createShareSchema = z.object({
  generationIds: z
    .array(recordIdSchema)
    .min(1, "Pick a video to share.")
    .max(REEL_MAX, `A reel holds at most ${REEL_MAX} videos.`),
  title: z
    .string()
    .trim()
    .max(SHARE_TITLE_MAX, `Keep the title under ${SHARE_TITLE_MAX} characters.`)
    .transform((t) => t.replaceAll("\u0000", "") || null)
    .nullish()
    .transform((t) => t ?? null),
  expiresIn: z.enum(Object.keys(SHARE_EXPIRIES) as [ShareExpiry, ...ShareExpiry[]], {
    message: "Pick when the link stops working.",
  }),
  password: z
    .string()
    .max(SHARE_PASSWORD_MAX, `Use at most ${SHARE_PASSWORD_MAX} characters.`)
    .nullish()
    .transform((p) => p || null)
    .refine((p) => p === null || p.length >= SHARE_PASSWORD_MIN, {
      message: `Use at least ${SHARE_PASSWORD_MIN} characters, or leave it empty for no password.`,
    }),
  allowDownload: z.boolean(),
  showPrompt: z.boolean(),
  /** Guest review: comments from anyone with the link, and (on top) approve / request changes. */
  allowComments: z.boolean().default(false),
  allowApproval: z.boolean().default(false),
});

type Parsed = z.output<typeof createShareSchema>;
/** Guest review is off unless asked for. */
export type CreateShareInput = Omit<Parsed, "allowComments" | "allowApproval"> &
  Partial<Pick<Parsed, "allowComments" | "allowApproval">>;

/** The typed password on a protected share page (its form posts it here). */
export const sharePasswordSchema = z.object({
  password: z
    .string({ message: "Enter the password." })
    .min(1, "Enter the password.")
    .max(SHARE_PASSWORD_MAX, "That password is too long."),
});
