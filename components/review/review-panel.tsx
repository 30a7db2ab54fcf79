"use client";

import { MessageSquare } from "lucide-react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { CommentComposer } from "./comment-composer";
import { CommentItem } from "./comment-item";
import { useReview } from "./review-provider";
import { ReviewStatusControl } from "./review-status-control";

/** The team's review of a video: its status, the conversation (oldest first) and a box to add to it. */
export function ReviewPanel() {
  const workspace = useWorkspace();
  const { comments } = useReview();
  return (
    <section aria-labelledby="review-title" className="grid gap-3" data-testid="review-panel">
      <h2 id="review-title" className="text-sm font-semibold">
        Review
      </h2>
      <ReviewStatusControl />
      <h3 className="flex items-center gap-1.5 text-sm font-semibold">
        <MessageSquare aria-hidden className="size-4" /> Comments ({comments.length})
      </h3>
      {comments.length === 0 ? (
        <p className="text-sm text-muted-foreground" data-testid="comments-empty">
          No comments yet. Pause on a moment and say what you see.
        </p>
      ) : (
        <ol className="divide-y divide-border" data-testid="comments">
          {comments.map((c) => (
            <CommentItem key={c.id} comment={c} />
          ))}
        </ol>
      )}
      {workspace.can("comments.create") ? <CommentComposer /> : null}
    </section>
  );
}
