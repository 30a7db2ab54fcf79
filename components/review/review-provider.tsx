"use client";

import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { toast } from "@/components/ui/toast";
import {
  addCommentAction,
  deleteCommentAction,
  editCommentAction,
  resolveCommentAction,
  setReviewStatusAction,
} from "@/lib/actions/review-actions";
import type { CommentDto } from "@/lib/reviews/comment-dto";
import type { Chapter } from "@/lib/storyboards/chapters";
import type { CommentInput } from "@/lib/reviews/comment-schema";
import type { Mentionable } from "@/lib/reviews/mentions";
import type { ReviewState } from "@/lib/reviews/review-state";
import type { ReviewStatus } from "@/lib/reviews/review-status";
import { inWorkspace } from "@/hooks/request-workspace";

export interface ReviewContextValue {
  generationId: string;
  /** A storyboard's film: where each shot starts, so a comment's moment names its shot. */
  chapters: Chapter[] | null;
  comments: CommentDto[];
  state: ReviewState;
  members: Mentionable[];
  /** Resolves to an error message a person can read, or null when the comment was posted. */
  addComment: (input: CommentInput) => Promise<string | null>;
  /** Like addComment: an error message, or null when the new text is saved. */
  editComment: (id: string, body: string, mentionIds: string[]) => Promise<string | null>;
  deleteComment: (id: string) => Promise<void>;
  /** Resolves a thread (its first comment) or opens it again. */
  setResolved: (id: string, resolved: boolean) => Promise<void>;
  setStatus: (status: ReviewStatus) => Promise<void>;
}

const ReviewContext = createContext<ReviewContextValue | null>(null);

/** A video page's review: its comments and status, kept here after each change the server confirms. */
export function ReviewProvider({
  generationId,
  chapters = null,
  initial,
  children,
}: {
  generationId: string;
  chapters?: Chapter[] | null;
  initial: { comments: CommentDto[]; state: ReviewState; members: Mentionable[] };
  children: ReactNode;
}) {
  const [comments, setComments] = useState(initial.comments);
  const [state, setState] = useState(initial.state);

  const value = useMemo<ReviewContextValue>(
    () => ({
      generationId,
      chapters,
      comments,
      state,
      members: initial.members,
      async addComment(input) {
        const result = await addCommentAction(inWorkspace({ ...input, generationId }));
        if (!result.ok) return result.message;
        setComments((list) => [...list, result.data]);
        return null;
      },
      async editComment(id, body, mentionIds) {
        const result = await editCommentAction(inWorkspace({ commentId: id, body, mentionIds }));
        if (!result.ok) return result.message;
        setComments((list) => list.map((c) => (c.id === id ? result.data : c)));
        return null;
      },
      async deleteComment(id) {
        const result = await deleteCommentAction(inWorkspace({ commentId: id }));
        if (!result.ok) return void toast.error(result.message);
        setComments((list) => list.filter((c) => c.id !== id));
        toast.success("Comment deleted");
      },
      async setResolved(id, resolved) {
        const result = await resolveCommentAction(inWorkspace({ commentId: id, resolved }));
        if (!result.ok) return void toast.error(result.message);
        setComments((list) => list.map((c) => (c.id === id ? result.data : c)));
      },
      async setStatus(status) {
        const result = await setReviewStatusAction(inWorkspace({ generationId, status }));
        if (!result.ok) return void toast.error(result.message);
        setState(result.data);
      },
    }),
    [generationId, chapters, comments, state, initial.members],
  );
  return <ReviewContext.Provider value={value}>{children}</ReviewContext.Provider>;
}

export function useReview(): ReviewContextValue {
  const value = useContext(ReviewContext);
  if (!value) throw new Error("useReview outside ReviewProvider");
  return value;
}
