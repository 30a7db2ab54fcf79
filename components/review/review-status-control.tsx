"use client";

import { useId, useTransition } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { REVIEW_LABELS, REVIEW_STATUSES, type ReviewStatus } from "@/lib/reviews/review-status";
import { ReviewBadge } from "./review-badge";
import { RelativeTime } from "./relative-time";
import { useReview } from "./review-provider";

/**
 * Where the video's review stands, for everyone; a picker only for the roles the permission
 * table lets set it (the server refuses the others anyway).
 */
export function ReviewStatusControl() {
  const workspace = useWorkspace();
  const { state, setStatus } = useReview();
  const [pending, startTransition] = useTransition();
  const id = useId();
  const editable = workspace.can("reviews.set_status");
  return (
    <div className="grid gap-1.5" data-testid="review-status" data-status={state.status}>
      <div className="flex flex-wrap items-center gap-2">
        {editable ? (
          <>
            <label htmlFor={id} className="text-sm text-muted-foreground">
              Review status
            </label>
            <select
              id={id}
              value={state.status}
              disabled={pending}
              onChange={(e) => {
                const status = REVIEW_STATUSES.find((s) => s === e.target.value);
                if (status) startTransition(() => setStatus(status));
              }}
              className="h-11 rounded-lg border border-border bg-card px-2 text-base sm:h-9 sm:text-sm"
              data-testid="review-status-select"
            >
              {REVIEW_STATUSES.map((s: ReviewStatus) => (
                <option key={s} value={s}>
                  {s === "none" ? "No status" : REVIEW_LABELS[s]}
                </option>
              ))}
            </select>
          </>
        ) : state.status === "none" ? (
          <p className="text-sm text-muted-foreground">No review status yet.</p>
        ) : (
          <ReviewBadge status={state.status} className="text-sm" />
        )}
      </div>
      {state.status !== "none" && state.by && state.at ? (
        <p className="text-xs text-muted-foreground" data-testid="review-status-by">
          Set by {state.by} · <RelativeTime iso={state.at} />
        </p>
      ) : null}
    </div>
  );
}
