import { z } from "@/lib/validation/zod";
import { recordIdSchema } from "@/lib/validation/text";

/** A reel holds at most this many videos (the gallery's "Share as reel" offers 2 to this). */
export const REEL_MAX = 20;
export const SHARE_TITLE_MAX = 120;
export const SHARE_PASSWORD_MIN = 6;
export const SHARE_PASSWORD_MAX = 128;

export const SHARE_EXPIRIES = {
  never: { label: "Never", days: null },
  "1d": { label: "1 day", days: 1 },
  "7d": { label: "7 days", days: 7 },
  "30d": { label: "30 days", days: 30 },
} as const;
export type ShareExpiry = keyof typeof SHARE_EXPIRIES;

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
});

export type CreateShareInput = z.output<typeof createShareSchema>;

/** The typed password on a protected share page (its form posts it here). */
export const sharePasswordSchema = z.object({
  password: z
    .string({ message: "Enter the password." })
    .min(1, "Enter the password.")
    .max(SHARE_PASSWORD_MAX, "That password is too long."),
});
