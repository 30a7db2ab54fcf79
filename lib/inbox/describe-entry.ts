import { REVIEW_LABELS, REVIEW_STATUSES } from "@/lib/reviews/review-status";
import { displayName } from "@/lib/reviews/mentions";
import { formatMarker, videoPageAt } from "@/lib/reviews/time-marker";
import type { NotificationKind } from "./kinds";
import type { NotificationDetail } from "./record-notifications";

/** What an entry needs to be said and linked: the row, with the names it points at. */
export interface EntrySource {
  kind: NotificationKind;
  actorName: string | null;
  workspaceId: string;
  workspaceName: string;
  generationId: string | null;
  commentId: string | null;
  detail: NotificationDetail;
}

const quoted = (prompt: string | undefined) => {
  const text = (prompt ?? "").replace(/\s+/g, " ").trim();
  return `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”`;
};

/** An entry's row as both the inbox and the mailer select it. */
export interface EntryRow {
  kind: NotificationKind;
  workspaceId: string;
  generationId: string | null;
  commentId: string | null;
  detail: unknown;
  actor: { name: string | null; email: string } | null;
  workspace: { name: string };
}

export const toEntrySource = (r: EntryRow): EntrySource => ({
  kind: r.kind,
  actorName: r.actor ? displayName(r.actor) : null,
  workspaceId: r.workspaceId,
  workspaceName: r.workspace.name,
  generationId: r.generationId,
  commentId: r.commentId,
  detail: (r.detail ?? {}) as NotificationDetail,
});

/** One sentence, the same in the inbox and in mail: "Ada replied on “A whale…” at 0:07". */
export function describeEntry(e: EntrySource): string {
  const who = e.actorName ?? "Someone";
  const shot = e.detail.shot ? ` (${e.detail.shot})` : "";
  const at = typeof e.detail.atSeconds === "number" ? ` at ${formatMarker(e.detail.atSeconds)}${shot}` : "";
  const video = quoted(e.detail.prompt);
  switch (e.kind) {
    case "mention":
      return `${who} mentioned you on ${video}${at}`;
    case "reply":
      return `${who} replied on ${video}${at}`;
    case "review_status": {
      const to = REVIEW_STATUSES.find((s) => s === e.detail.to);
      return !to || to === "none"
        ? `${who} cleared the review status of your video ${video}`
        : `${who} marked your video ${video} ${REVIEW_LABELS[to]}`;
    }
    case "generation_ready":
      return `Your video ${video} is ready`;
    case "generation_failed":
      return `Your video ${video} failed`;
    case "member_joined":
      return `${who} joined ${e.workspaceName} through your invite, as ${e.detail.role ?? "member"}`;
    case "guest_feedback": {
      const guest = `${e.detail.guest ?? "A guest"} (guest)`;
      const to = REVIEW_STATUSES.find((s) => s === e.detail.to);
      return to && to !== "none"
        ? `${guest} marked ${video} ${REVIEW_LABELS[to]} through a share link`
        : `${guest} commented on ${video}${at} through a share link`;
    }
  }
}

/** The words quoted under the sentence: the comment, or why the video failed. */
export function entryQuote(e: EntrySource): string | null {
  if (e.kind === "mention" || e.kind === "reply" || e.kind === "guest_feedback")
    return e.detail.excerpt ?? null;
  if (e.kind === "generation_failed") return e.detail.reason ?? null;
  return null;
}

/**
 * Where the entry leads: the video at the comment's moment with the comment highlighted, the
 * video, or the team. A team that is not the open one is switched to first (`/switch`), as a
 * video page does for a teammate's link.
 */
export function entryHref(e: EntrySource): string {
  if (e.generationId) {
    const page = videoPageAt(e.generationId, e.detail.atSeconds ?? null);
    return e.commentId ? `${page}#comment-${e.commentId}` : page;
  }
  return `/switch/${encodeURIComponent(e.workspaceId)}?next=${encodeURIComponent("/team")}`;
}
