"use client";

import { Pencil, Trash2 } from "lucide-react";
import { useRef, useState, useTransition } from "react";
import { usePlayer } from "@/components/generation/player-context";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Avatar } from "@/components/ui/avatar";
import type { CommentDto } from "@/lib/reviews/comment-dto";
import { formatMarker } from "@/lib/reviews/time-marker";
import { shotNameAt } from "@/lib/storyboards/chapters";
import { canDeleteComment } from "@/lib/workspaces/permissions";
import { useLocationHash } from "@/hooks/use-location-hash";
import { cn } from "@/lib/utils";
import { CommentBody } from "./comment-body";
import { CommentEditor } from "./comment-editor";
import { RelativeTime } from "./relative-time";
import { useReview } from "./review-provider";

/**
 * One comment: who, when, the moment it is about (a button that seeks there), what they said.
 * Its element is `#comment-<id>`: an inbox link lands on it, highlighted.
 */
export function CommentItem({ comment: c, reply = false }: { comment: CommentDto; reply?: boolean }) {
  const workspace = useWorkspace();
  const player = usePlayer();
  const highlighted = useLocationHash() === `comment-${c.id}`;
  const { deleteComment, chapters } = useReview();
  // In a storyboard's film a moment names its shot ("0:07 · Shot 2").
  const shot = shotNameAt(chapters, c.atSeconds);
  const [pending, startTransition] = useTransition();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Back where the person was, once the text is saved or left as it was.
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const mayEdit = c.author.id === workspace.userId && workspace.can("comments.create");
  const mayDelete = canDeleteComment({ userId: workspace.userId, role: workspace.role }, c.author.id);
  return (
    <div
      id={`comment-${c.id}`}
      className={cn(
        "flex scroll-mt-24 gap-3 rounded-lg py-3",
        highlighted && "bg-accent px-2 ring-2 ring-primary/60",
      )}
      data-testid="comment"
      data-highlighted={highlighted || undefined}
      data-reply={reply || undefined}
      data-id={c.id}
      data-seconds={c.atSeconds ?? undefined}
    >
      <Avatar
        name={c.author.name}
        seed={c.author.id}
        className={reply ? "mt-0.5 size-6 text-[10px]" : "mt-0.5 size-8 text-[11px]"}
      />
      <div className="grid min-w-0 flex-1 gap-1">
        <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
          <span className="font-medium" data-testid="comment-author">
            {c.author.name}
          </span>
          {c.author.guest ? (
            <span
              className="rounded-full bg-muted px-2 py-0.5 text-xs text-muted-foreground"
              title="Written through a share link by someone without an account"
              data-testid="comment-guest"
            >
              guest
            </span>
          ) : null}
          <span className="text-xs text-muted-foreground">
            <RelativeTime iso={c.createdAt} />
            {c.editedAt ? <span data-testid="comment-edited"> · edited</span> : null}
          </span>
        </p>
        {editing ? <CommentEditor comment={c} onDone={stopEditing} /> : null}
        <p
          hidden={editing}
          className="text-sm leading-relaxed break-words whitespace-pre-wrap"
          data-testid="comment-text"
        >
          {c.atSeconds !== null && !reply ? (
            <button
              type="button"
              onClick={() => player?.seek(c.atSeconds!)}
              disabled={!player?.video}
              aria-label={`Go to ${formatMarker(c.atSeconds)}${shot ? `, ${shot},` : ""} in the video`}
              className="mr-1.5 inline-flex min-h-6 items-center rounded-md bg-accent px-1.5 align-baseline font-mono text-xs font-medium text-primary tabular-nums hover:underline disabled:opacity-70"
              data-testid="comment-marker"
            >
              {formatMarker(c.atSeconds)}
              {shot ? ` · ${shot}` : null}
            </button>
          ) : null}
          <CommentBody comment={c} />
        </p>
      </div>
      {mayEdit && !editing ? (
        <button
          ref={editButton}
          type="button"
          onClick={() => setEditing(true)}
          aria-label="Edit your comment"
          className="grid size-11 shrink-0 place-items-center rounded-lg text-muted-foreground hover:bg-muted hover:text-foreground sm:size-9"
          data-testid="comment-edit"
        >
          <Pencil aria-hidden className="size-4" />
        </button>
      ) : null}
      {mayDelete && !editing ? (
        <button
          type="button"
          disabled={pending}
          onClick={() => {
            if (!window.confirm("Delete this comment? It cannot be brought back.")) return;
            startTransition(() => deleteComment(c.id));
          }}
          aria-label={`Delete the comment by ${c.author.name}`}
          className="grid size-11 shrink-0 place-items-center rounded-lg text-muted-foreground hover:bg-muted hover:text-danger sm:size-9"
          data-testid="comment-delete"
        >
          <Trash2 aria-hidden className="size-4" />
        </button>
      ) : null}
    </div>
  );
}
