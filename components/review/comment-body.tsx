import type { CommentDto } from "@/lib/reviews/comment-dto";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A comment's text with the "@Name" of each person it mentions set apart. */
export function CommentBody({ comment }: { comment: CommentDto }) {
  const names = [...new Set(comment.mentions.map((m) => m.name))].sort((a, b) => b.length - a.length);
  if (names.length === 0) return <>{comment.body}</>;
  const pattern = new RegExp(`(@(?:${names.map(escape).join("|")}))`, "giu");
  return (
    <>
      {comment.body.split(pattern).map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="font-medium text-primary" data-testid="comment-mention">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
