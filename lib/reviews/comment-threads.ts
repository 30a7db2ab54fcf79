import type { CommentDto } from "./comment-dto";

/** A conversation about one point: its first comment and the replies to it, oldest first. */
export interface CommentThread {
  root: CommentDto;
  replies: CommentDto[];
}

/**
 * The comments of a video as threads, in the order their first comments were written. A reply
 * whose first comment was deleted stands as a thread of its own, so no one's words disappear.
 */
export function toThreads(comments: readonly CommentDto[]): CommentThread[] {
  const roots = new Set(comments.filter((c) => !c.parentId).map((c) => c.id));
  const threads = new Map<string, CommentThread>();
  for (const c of comments) {
    if (c.parentId && roots.has(c.parentId)) continue;
    threads.set(c.id, { root: c, replies: [] });
  }
  for (const c of comments) {
    if (c.parentId && roots.has(c.parentId)) threads.get(c.parentId)!.replies.push(c);
  }
  return [...threads.values()];
}

/** Open threads need someone; resolved ones were dealt with. */
export const isOpen = (thread: CommentThread) => thread.root.resolved === null;
