import { CircleCheck, CircleDot, MessageSquareWarning } from "lucide-react";
import { REVIEW_LABELS, type ReviewStatus } from "@/lib/reviews/review-status";
import { cn } from "@/lib/utils";

const LOOK: Record<Exclude<ReviewStatus, "none">, { icon: typeof CircleDot; className: string }> = {
  in_review: { icon: CircleDot, className: "bg-primary/15 text-primary" },
  approved: { icon: CircleCheck, className: "bg-success/15 text-success" },
  changes_requested: { icon: MessageSquareWarning, className: "bg-warning/15 text-warning" },
};

/** A video's review status in a word and an icon; nothing while it has none. */
export function ReviewBadge({ status, className }: { status: ReviewStatus; className?: string }) {
  if (status === "none") return null;
  const { icon: Icon, className: look } = LOOK[status];
  return (
    <span
      data-testid="review-badge"
      data-status={status}
      className={cn(
        "inline-flex max-w-full items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium",
        look,
        className,
      )}
    >
      <Icon aria-hidden className="size-3 shrink-0" />
      <span className="truncate">{REVIEW_LABELS[status]}</span>
    </span>
  );
}
