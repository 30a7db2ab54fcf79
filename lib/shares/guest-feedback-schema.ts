import { z } from "@/lib/validation/zod";
import { plainText } from "@/lib/validation/text";
import { MAX_COMMENT_LENGTH } from "@/lib/reviews/comment-limits";
import { MAX_MARKER_SECONDS, roundMarker } from "@/lib/reviews/time-marker";

export const MAX_GUEST_NAME = 60;

/** What a guest sends from a share page's form (all fields arrive as text). */
export const guestFeedbackSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("comment"),
      name: plainText("Your name must not contain NUL characters.")
        .trim()
        .min(1, "Give your name, so the team knows who wrote.")
        .max(MAX_GUEST_NAME, `Keep your name under ${MAX_GUEST_NAME} characters.`),
      body: plainText("The comment must not contain NUL characters.")
        .trim()
        .min(1, "Write something first.")
        .max(MAX_COMMENT_LENGTH, `Keep it under ${MAX_COMMENT_LENGTH} characters.`),
      // Empty: about the whole video.
      at: z
        .union([z.literal(""), z.coerce.number().min(0).max(MAX_MARKER_SECONDS)], {
          message: "The time in the video must be a number of seconds.",
        })
        .optional()
        .transform((v) => (v === undefined || v === "" ? null : roundMarker(v))),
    }),
    z.object({
      intent: z.enum(["approved", "changes_requested"], { message: "Approve, or request changes." }),
      name: plainText("Your name must not contain NUL characters.")
        .trim()
        .min(1, "Give your name, so the team knows who decided.")
        .max(MAX_GUEST_NAME, `Keep your name under ${MAX_GUEST_NAME} characters.`),
    }),
  ],
  { message: "Comment, approve, or request changes." },
);
export type GuestFeedback = z.output<typeof guestFeedbackSchema>;
