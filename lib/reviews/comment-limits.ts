/** A comment's limits, without zod: the composer on the video page needs them in its first load. */
export const MAX_COMMENT_LENGTH = 2000;
/** More people than this in one comment is a broadcast, not a mention. */
export const MAX_MENTIONS = 20;
