import Link from "next/link";
import type { ActivityRow } from "@/lib/workspaces/list-activity";
import { LocalTime } from "@/components/generation/local-time";
import { REVIEW_LABELS, REVIEW_STATUSES } from "@/lib/reviews/review-status";
import { formatMarker, videoPageAt } from "@/lib/reviews/time-marker";

const VERBS: Record<string, (a: ActivityRow) => string> = {
  "generation.created": (a) => `generated “${a.subject ?? ""}”`,
  "generation.deleted": (a) => `deleted “${a.subject ?? ""}”`,
  "generation.picked": (a) =>
    `picked “${a.subject ?? ""}” among ${String(a.detail?.among ?? "the")} compared`,
  "generation.moved_in": (a) =>
    `moved “${a.subject ?? ""}” here from ${String(a.detail?.from ?? "another workspace")}`,
  "generation.copied_in": (a) =>
    `copied “${a.subject ?? ""}” here from ${String(a.detail?.from ?? "another workspace")}`,
  "generation.moved_out": (a) =>
    `moved “${a.subject ?? ""}” to ${String(a.detail?.to ?? "another workspace")}`,
  "generation.copied_out": (a) =>
    `copied “${a.subject ?? ""}” to ${String(a.detail?.to ?? "another workspace")}`,
  "comment.created": (a) =>
    `${a.detail?.replyTo ? "replied" : "commented"} on “${a.subject ?? ""}”${marker(a)}: ${String(a.detail?.excerpt ?? "")}`,
  "comment.edited": (a) => `edited their comment on “${a.subject ?? ""}”: ${String(a.detail?.excerpt ?? "")}`,
  "comment.resolved": (a) => `resolved a thread on “${a.subject ?? ""}”: ${String(a.detail?.excerpt ?? "")}`,
  "comment.reopened": (a) => `reopened a thread on “${a.subject ?? ""}”: ${String(a.detail?.excerpt ?? "")}`,
  "comment.deleted": (a) =>
    `deleted ${a.detail?.own === false ? "a comment" : "their comment"} on “${a.subject ?? ""}”`,
  "review.status_changed": (a) => {
    const to = REVIEW_STATUSES.find((s) => s === a.detail?.to);
    return to === "none" || !to
      ? `cleared the review status of “${a.subject ?? ""}”`
      : `marked “${a.subject ?? ""}” ${REVIEW_LABELS[to]}`;
  },
  "workspace.created": () => "created the team",
  "workspace.renamed": (a) => `renamed the team to ${a.subject ?? ""}`,
  "workspace.rules_changed": (a) => `set the team's rules: ${rules(a.detail?.after)}`,
  "workspace.ownership_transferred": (a) => `made ${a.subject ?? "someone"} the owner`,
  "member.joined": (a) => `joined as ${String(a.detail?.role ?? "member")}`,
  "member.left": () => "left the team",
  "member.removed": (a) => `removed ${a.subject ?? "someone"}`,
  "member.role_changed": (a) =>
    `changed ${a.subject ?? "someone"}'s role from ${String(a.detail?.from)} to ${String(a.detail?.to)}`,
  "invite.created": (a) =>
    // Older link invites named themselves in the subject ("an invite link").
    a.detail?.link === true || a.subject === "an invite link"
      ? `made an invite link for a new ${String(a.detail?.role ?? "member")}`
      : `invited ${a.subject ?? "someone"} as ${String(a.detail?.role ?? "member")}`,
  "invite.resent": (a) => `resent the invite to ${a.subject ?? "someone"}`,
  "invite.revoked": (a) => `withdrew the invite to ${a.subject ?? "someone"}`,
  "quota.member_set": (a) => `set ${a.subject ?? "someone"}'s monthly quota${quota(a)}`,
  "quota.workspace_set": (a) => `set the team's monthly quota${quota(a)}`,
  "quota.budget_set": (a) =>
    a.detail?.to
      ? `set the team's monthly budget to ${String(a.detail.to)}`
      : "removed the team's monthly budget",
  "quota.member_budget_set": (a) =>
    a.detail?.to
      ? `set ${a.subject ?? "someone"}'s monthly budget to ${String(a.detail.to)}`
      : `removed ${a.subject ?? "someone"}'s monthly budget`,
  "prices.set": () => "changed the prices per second",
  "share.created": (a) => `made a share link for “${a.subject ?? ""}”`,
  "share.revoked": (a) => `revoked the share link for “${a.subject ?? ""}”`,
};

/**
 * Where an entry leads: the video it names (at the comment, for comments), the share links, the
 * members. Nothing for what is gone (a deleted video, a deleted comment).
 */
function hrefOf(a: ActivityRow): string | null {
  const video = typeof a.detail?.generationId === "string" ? a.detail.generationId : null;
  // Gone from here: deleted, or moved to another workspace (its trash still has it, but not by link).
  if (["generation.deleted", "generation.moved_out", "comment.deleted"].includes(a.action)) return null;
  if (video) {
    const at = typeof a.detail?.atSeconds === "number" ? a.detail.atSeconds : null;
    const comment = typeof a.detail?.commentId === "string" ? `#comment-${a.detail.commentId}` : "";
    return `${videoPageAt(video, at)}${comment}`;
  }
  if (a.action.startsWith("share.")) return "/links";
  if (a.action.startsWith("member.") || a.action.startsWith("invite.") || a.action.startsWith("quota."))
    return "#members-title";
  if (a.action === "workspace.rules_changed") return "/settings";
  return null;
}

function marker(a: ActivityRow): string {
  const at = a.detail?.atSeconds;
  return typeof at === "number" ? ` at ${formatMarker(at)}` : "";
}

function rules(after: unknown): string {
  const { submitsPerMinute, publicLinksMinRole } = (after ?? {}) as Record<string, unknown>;
  const pace = typeof submitsPerMinute === "number" ? `${submitsPerMinute}` : "the default number of";
  return `${pace} submits a minute each, share links by ${String(publicLinksMinRole ?? "viewer")}s and above`;
}

function quota(a: ActivityRow): string {
  const seconds = a.detail?.to;
  return typeof seconds === "number" ? ` to ${seconds} s` : seconds === null ? " to no limit" : "";
}

function ActivityText({ a }: { a: ActivityRow }) {
  const text = (VERBS[a.action] ?? (() => a.action))(a);
  const href = hrefOf(a);
  return href ? (
    <Link href={href} className="min-w-0 break-words hover:underline" data-testid="activity-link">
      {text}
    </Link>
  ) : (
    <span className="min-w-0 break-words">{text}</span>
  );
}

/** Who did what, newest first, each linked to what it names: for admins (`activity.read`). */
export function ActivityList({ activity }: { activity: ActivityRow[] }) {
  return (
    <section aria-labelledby="activity-title" className="grid gap-3">
      <h2 id="activity-title" className="font-semibold">
        Activity
      </h2>
      {activity.length === 0 ? (
        <p className="text-sm text-muted-foreground">Nothing yet.</p>
      ) : (
        <ol className="grid gap-2 text-sm" data-testid="activity">
          {activity.map((a) => (
            <li
              key={a.id}
              className="flex flex-wrap gap-x-2"
              data-testid="activity-item"
              data-action={a.action}
            >
              <span className="font-medium">{a.actor ?? "Someone"}</span>
              <ActivityText a={a} />
              <span className="text-xs text-muted-foreground">
                <LocalTime iso={a.at} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
