"use client";

import { Clock, Send } from "lucide-react";
import { useId, useState, useTransition } from "react";
import { usePlayer, usePlayerTime } from "@/components/generation/player-context";
import { Button } from "@/components/ui/button";
import { formatMarker, roundMarker } from "@/lib/reviews/time-marker";
import { cn } from "@/lib/utils";
import { MentionTextarea } from "./mention-textarea";
import { useReview } from "./review-provider";

/**
 * Writes a comment. "at 0:07" ties it to the video's moment: the time follows the playhead until
 * the first word is written, then stays. A person picked after "@" is told. With `replyTo`, it
 * writes a reply in that thread (about the thread's moment) and closes when posted or canceled.
 */
export function CommentComposer({
  replyTo,
  replyingTo,
  onDone,
}: { replyTo?: string; replyingTo?: string; onDone?: () => void } = {}) {
  const review = useReview();
  const player = usePlayer();
  const playhead = usePlayerTime(player);
  const [body, setBody] = useState("");
  const [marked, setMarked] = useState(true);
  const [frozenAt, setFrozenAt] = useState<number | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const ids = { field: useId(), error: useId(), hint: useId() };
  const hasVideo = Boolean(player?.video) && !replyTo;
  const at = frozenAt ?? playhead;

  const onChange = (text: string) => {
    setBody(text);
    setError(null);
    if (!text.trim()) setFrozenAt(null);
    else if (frozenAt === null) setFrozenAt(playhead);
  };

  const submit = () =>
    startTransition(async () => {
      const message = await review.addComment({
        body,
        atSeconds: hasVideo && marked ? roundMarker(at) : null,
        mentionIds: picked,
        replyTo: replyTo ?? null,
      });
      if (message) return void setError(message);
      setBody("");
      setPicked([]);
      setFrozenAt(null);
      onDone?.();
    });

  return (
    <form
      className="grid gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      data-testid={replyTo ? "reply-composer" : "comment-composer"}
    >
      <label htmlFor={ids.field} className={replyTo ? "sr-only" : "text-sm font-medium"}>
        {replyTo ? `Reply to ${replyingTo ?? "this thread"}` : "Add a comment"}
      </label>
      <MentionTextarea
        id={ids.field}
        value={body}
        onChange={onChange}
        onPick={(id) => setPicked((list) => (list.includes(id) ? list : [...list, id]))}
        onSubmit={submit}
        describedBy={error ? ids.error : ids.hint}
        invalid={Boolean(error)}
        placeholder={
          replyTo
            ? `Reply to ${replyingTo ?? "this thread"}…`
            : "Say what works or what to change. Type @ to mention someone."
        }
        autoFocus={Boolean(replyTo)}
        testId={replyTo ? "reply-body" : "comment-body"}
      />
      <p id={ids.hint} className="sr-only">
        Type @ and a name to mention someone; use the arrow keys and Enter to pick. Control and Enter posts.
      </p>
      {error ? (
        <p id={ids.error} role="alert" className="text-sm text-danger" data-testid="comment-error">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        {hasVideo ? (
          <button
            type="button"
            aria-pressed={marked}
            onClick={() => setMarked((m) => !m)}
            className={cn(
              "inline-flex h-11 items-center gap-1.5 rounded-lg border px-3 text-sm tabular-nums sm:h-9",
              marked ? "border-primary bg-accent font-medium" : "border-border text-muted-foreground",
            )}
            data-testid="comment-at-toggle"
            data-seconds={roundMarker(at)}
          >
            <Clock aria-hidden className="size-4" />
            <span className="sr-only">Comment on the moment</span> at {formatMarker(at)}
          </button>
        ) : replyTo ? (
          <Button type="button" variant="ghost" size="sm" className="h-11 sm:h-9" onClick={onDone}>
            Cancel
          </Button>
        ) : (
          <span />
        )}
        <Button
          type="submit"
          size="sm"
          className="h-11 sm:h-9"
          disabled={pending || !body.trim()}
          data-testid={replyTo ? "reply-submit" : "comment-submit"}
        >
          <Send aria-hidden /> {pending ? "Posting…" : replyTo ? "Reply" : "Comment"}
        </Button>
      </div>
    </form>
  );
}
