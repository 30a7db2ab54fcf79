"use client";

import { MessageSquare } from "lucide-react";
import { useState } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { isOpen, toThreads } from "@/lib/reviews/comment-threads";
import { cn } from "@/lib/utils";
import { CommentComposer } from "./comment-composer";
import { CommentThreadItem } from "./comment-thread";
import { useReview } from "./review-provider";
import { ReviewStatusControl } from "./review-status-control";

/**
 * The team's review of a video: its status, the conversation as threads (oldest first, replies
 * under the comment they answer) with a filter for the open ones, and a box to start a thread.
 */
export function ReviewPanel() {
  const workspace = useWorkspace();
  const { comments } = useReview();
  const [openOnly, setOpenOnly] = useState(false);
  const threads = toThreads(comments);
  const open = threads.filter(isOpen).length;
  const shown = openOnly ? threads.filter(isOpen) : threads;
  return (
    <section aria-labelledby="review-title" className="grid gap-3" data-testid="review-panel">
      <h2 id="review-title" className="text-sm font-semibold">
        Review
      </h2>
      <ReviewStatusControl />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="flex items-center gap-1.5 text-sm font-semibold">
          <MessageSquare aria-hidden className="size-4" /> Comments ({comments.length})
        </h3>
        {threads.length ? (
          <button
            type="button"
            aria-pressed={openOnly}
            onClick={() => setOpenOnly((v) => !v)}
            className={cn(
              "inline-flex h-11 items-center rounded-full border px-3 text-xs sm:h-8",
              openOnly ? "border-primary bg-accent font-medium" : "border-border text-muted-foreground",
            )}
            data-testid="comments-open-only"
          >
            Open only · {open} of {threads.length}
          </button>
        ) : null}
      </div>
      {comments.length === 0 ? (
        <p className="text-sm text-muted-foreground" data-testid="comments-empty">
          No comments yet. Pause on a moment and say what you see.
        </p>
      ) : shown.length === 0 ? (
        <p className="text-sm text-muted-foreground" data-testid="comments-all-resolved">
          Every thread is resolved.
        </p>
      ) : (
        <ol className="divide-y divide-border" data-testid="comments">
          {shown.map((t) => (
            <CommentThreadItem key={t.root.id} thread={t} />
          ))}
        </ol>
      )}
      {workspace.can("comments.create") ? <CommentComposer /> : null}
    </section>
  );
}
