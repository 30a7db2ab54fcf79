import { z } from "@/lib/validation/zod";
import { plainText } from "@/lib/validation/text";
import { MAX_COMMENT_LENGTH, MAX_MENTIONS } from "./comment-limits";
import { MAX_MARKER_SECONDS, roundMarker } from "./time-marker";

/** A comment as the composer sends it: one schema for the form and the server. */
export const commentInputSchema = z.object({
  body: plainText("The comment must not contain NUL characters.")
    .trim()
    .min(1, "Write something first.")
    .max(MAX_COMMENT_LENGTH, `Keep it under ${MAX_COMMENT_LENGTH} characters.`),
  atSeconds: z
    .number({ message: "The time in the video must be a number of seconds." })
    .min(0, "The time in the video cannot be negative.")
    .max(MAX_MARKER_SECONDS, "That time is past the end of any video.")
    .transform(roundMarker)
    .nullable()
    .default(null),
  /** People picked from the suggestions; the server keeps only members still named in the text. */
  mentionIds: z
    .array(z.string().trim().min(1).max(64), { message: "Mentions must be a list of people." })
    .max(MAX_MENTIONS, `Mention at most ${MAX_MENTIONS} people in one comment.`)
    .default([]),
  /** The comment this answers; a reply to a reply joins the same thread (one level). */
  replyTo: z.string().trim().min(1).max(64, "Which comment?").nullable().default(null),
});
export type CommentInput = z.input<typeof commentInputSchema>;
