import type { Prisma } from "@/lib/db/generated/client";
import { displayName } from "./mentions";
import type { ReviewStatus } from "./review-status";

/** A video's review status, who set it and when (null by/at while it never had one). */
export interface ReviewState {
  status: ReviewStatus;
  by: string | null;
  at: string | null;
}

export const reviewStateSelect = {
  reviewStatus: true,
  reviewStatusAt: true,
  reviewStatusBy: { select: { name: true, email: true } },
  reviewStatusGuest: true,
} as const satisfies Prisma.GenerationSelect;

type Row = Prisma.GenerationGetPayload<{ select: typeof reviewStateSelect }>;

export const toReviewState = (row: Row): ReviewState => ({
  status: row.reviewStatus,
  by: row.reviewStatusBy
    ? displayName(row.reviewStatusBy)
    : row.reviewStatusGuest
      ? `${row.reviewStatusGuest} (guest, through a share link)`
      : null,
  at: row.reviewStatusAt?.toISOString() ?? null,
});
