/** Pure (no server-only): the create panel imports it. */
import type { MemberUsage } from "./member-usage";

export interface UsageVerdict {
  text: string;
  /** The submit would pass the member's or the workspace's monthly quota: the server would refuse it. */
  over: boolean;
}

/**
 * What a submit of `count` videos of `durationSec` seconds will use, and what is left for the
 * member and the workspace. A batch that does not fit says how many of it would.
 */
export function usageVerdict(usage: MemberUsage, durationSec: number, count = 1): UsageVerdict {
  const resets = new Date(usage.resetsAt).toLocaleDateString(undefined, {
    month: "short",
    day: "numeric",
    timeZone: "UTC",
  });
  const needed = durationSec * count;
  const what = count === 1 ? "This video needs" : `These ${count} videos need`;
  const fits = (left: number) => {
    if (count === 1) return "";
    const n = Math.floor(left / durationSec);
    return n === 0 ? ", not enough for one" : `, enough for ${n}`;
  };
  const mine = usage.quotaSeconds === null ? null : Math.max(0, usage.quotaSeconds - usage.usedSeconds);
  const theirs =
    usage.workspaceQuotaSeconds === null
      ? null
      : Math.max(0, usage.workspaceQuotaSeconds - usage.workspaceUsedSeconds);
  if (mine !== null && needed > mine) {
    return {
      over: true,
      text: `${what} ${needed} s but only ${mine} s of your ${usage.quotaSeconds} s are left this month${fits(mine)} (renews ${resets}).`,
    };
  }
  if (theirs !== null && needed > theirs) {
    return {
      over: true,
      text: `${what} ${needed} s but the workspace has only ${theirs} s of its ${usage.workspaceQuotaSeconds} s left this month${fits(theirs)} (renews ${resets}).`,
    };
  }
  const uses = count === 1 ? `${durationSec} s` : `${needed} s (${count} × ${durationSec} s)`;
  const parts =
    mine === null
      ? [`Uses ${uses} of video`, `${usage.usedSeconds} s used this month`]
      : [`Uses ${uses}`, `${mine} s of your ${usage.quotaSeconds} s left this month`];
  if (theirs !== null) parts.push(`workspace: ${theirs} s left`);
  return { over: false, text: parts.join(" · ") };
}
