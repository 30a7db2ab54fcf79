"use client";

import { CircleCheck, MessageSquareReply, RotateCcw } from "lucide-react";
import { useState, useTransition } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import type { CommentThread } from "@/lib/reviews/comment-threads";
import { cn } from "@/lib/utils";
import { CommentComposer } from "./comment-composer";
import { CommentItem } from "./comment-item";
import { useReview } from "./review-provider";

const action =
  "inline-flex h-11 items-center gap-1.5 rounded-lg px-2 text-xs font-medium text-muted-foreground hover:bg-muted hover:text-foreground sm:h-8";

/** One thread: its first comment, the replies under it, Reply and Resolve (or Reopen). */
export function CommentThreadItem({ thread }: { thread: CommentThread }) {
  const workspace = useWorkspace();
  const { setResolved } = useReview();
  const [replying, setReplying] = useState(false);
  const [pending, startTransition] = useTransition();
  const { root, replies } = thread;
  const resolved = root.resolved;
  const mayWrite = workspace.can("comments.create");
  return (
    <li
      className={cn("grid py-1", resolved && "opacity-75")}
      data-testid="comment-thread"
      data-resolved={Boolean(resolved)}
    >
      <CommentItem comment={root} />
      {replies.length ? (
        <ol className="ml-11 grid border-l-2 border-border pl-3" data-testid="comment-replies">
          {replies.map((r) => (
            <li key={r.id}>
              <CommentItem comment={r} reply />
            </li>
          ))}
        </ol>
      ) : null}
      {resolved ? (
        <p className="ml-11 text-xs text-muted-foreground" data-testid="comment-resolved">
          Resolved by {resolved.by}
        </p>
      ) : null}
      {mayWrite ? (
        <div className="ml-9 flex flex-wrap gap-1">
          {!resolved ? (
            <button
              type="button"
              className={action}
              onClick={() => setReplying(true)}
              data-testid="comment-reply"
            >
              <MessageSquareReply aria-hidden className="size-4" /> Reply
            </button>
          ) : null}
          <button
            type="button"
            className={action}
            disabled={pending}
            onClick={() => startTransition(() => setResolved(root.id, !resolved))}
            data-testid={resolved ? "comment-reopen" : "comment-resolve"}
          >
            {resolved ? (
              <>
                <RotateCcw aria-hidden className="size-4" /> Reopen
              </>
            ) : (
              <>
                <CircleCheck aria-hidden className="size-4" /> Resolve
              </>
            )}
          </button>
        </div>
      ) : null}
      {replying && !resolved ? (
        <div className="ml-11 pb-2">
          <CommentComposer
            replyTo={root.id}
            replyingTo={root.author.name}
            onDone={() => setReplying(false)}
          />
        </div>
      ) : null}
    </li>
  );
}
