/** Where a team's review of a video stands. Pure: the status control and the gallery filter read it too. */
export const REVIEW_STATUSES = ["none", "in_review", "approved", "changes_requested"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The statuses a video can be filtered by (none is every other video). */
export const REVIEW_FILTERS = ["in_review", "approved", "changes_requested"] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

export const REVIEW_LABELS: Record<ReviewStatus, string> = {
  none: "No status",
  in_review: "In review",
  approved: "Approved",
  changes_requested: "Changes requested",
};
