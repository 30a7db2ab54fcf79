"use client";

import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import type { CommentDto } from "@/lib/reviews/comment-dto";
import { MentionTextarea } from "./mention-textarea";
import { useReview } from "./review-provider";

/** Rewrites one's own comment in place; Esc (with no suggestions open) or Cancel leaves it as it was. */
export function CommentEditor({ comment, onDone }: { comment: CommentDto; onDone: () => void }) {
  const review = useReview();
  const [body, setBody] = useState(comment.body);
  const [picked, setPicked] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const ids = { field: useId(), error: useId() };
  const save = () =>
    startTransition(async () => {
      const message = await review.editComment(comment.id, body, picked);
      if (message) return void setError(message);
      onDone();
    });
  return (
    <form
      className="grid gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape" && !event.defaultPrevented) onDone();
      }}
      data-testid="comment-editor"
    >
      <label htmlFor={ids.field} className="sr-only">
        Edit your comment
      </label>
      <MentionTextarea
        id={ids.field}
        value={body}
        onChange={(text) => {
          setBody(text);
          setError(null);
        }}
        onPick={(id) => setPicked((list) => (list.includes(id) ? list : [...list, id]))}
        onSubmit={save}
        describedBy={error ? ids.error : undefined}
        invalid={Boolean(error)}
        autoFocus
        testId="comment-edit-body"
      />
      {error ? (
        <p id={ids.error} role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      <div className="flex justify-end gap-2">
        <Button type="button" variant="ghost" size="sm" className="h-11 sm:h-9" onClick={onDone}>
          Cancel
        </Button>
        <Button
          type="submit"
          size="sm"
          className="h-11 sm:h-9"
          disabled={pending || !body.trim()}
          data-testid="comment-save"
        >
          {pending ? "Saving…" : "Save"}
        </Button>
      </div>
    </form>
  );
}
