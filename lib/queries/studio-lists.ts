import type { ListParams } from "./generation-keys";

/**
 * The lists the studio's queue reads. The server fills them into the query cache with the HTML
 * (app/(app)/studio/page.tsx) and the client polls the same keys: one definition for both, or the
 * client would fetch again and the queue would appear after hydration, pushing the gallery down.
 */
export const ACTIVE_LIST: ListParams = { status: "active", limit: "50" };

/** The caller's own recent failures ("Needs attention"). */
export const recentFailuresList = (userId: string): ListParams => ({
  status: "failed",
  creator: userId,
  limit: "10",
});

/** The failures a creator dismissed, kept in a cookie so the server leaves them out of the HTML. */
export const failureNoticeKeys = {
  seen: ["failure-notices"] as const,
  dismissed: ["failure-notices", "dismissed"] as const,
};
export const DISMISSED_FAILURES_COOKIE = "studio-dismissed-failures";
export const MAX_DISMISSED_REMEMBERED = 60;

/** The cookie's ids (comma-separated generation ids); anything else in it is ignored. */
export function parseDismissedFailures(value: string | undefined): string[] {
  if (!value) return [];
  return decodeURIComponent(value)
    .split(",")
    .filter((id) => /^[A-Za-z0-9_-]{1,64}$/.test(id))
    .slice(0, MAX_DISMISSED_REMEMBERED);
}
