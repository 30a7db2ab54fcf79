import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { monthStart } from "./usage-month";
import { formatMoney } from "./prices";

/** Seconds requested minus seconds refunded, this calendar month (UTC), per member and in all. */
export interface MonthlySeconds {
  member: number;
  workspace: number;
  /** Net cost this month in micro-dollars: the member's, and the workspace's (with `wholeWorkspace`). */
  memberMicros: number;
  workspaceMicros: number;
}

/**
 * This month's net seconds for a member and their workspace in ONE aggregate query (the submit
 * path pays for it on every capped submit). Without a workspace cap only the member's rows are read.
 */
export async function secondsThisMonth(
  tx: Prisma.TransactionClient,
  input: { workspaceId: string; userId: string; now: Date; wholeWorkspace: boolean },
): Promise<MonthlySeconds> {
  const rows = await tx.usageEvent.groupBy({
    by: ["userId", "kind"],
    where: {
      workspaceId: input.workspaceId,
      createdAt: { gte: monthStart(input.now) },
      kind: { in: ["requested", "refunded"] },
      ...(input.wholeWorkspace ? {} : { userId: input.userId }),
    },
    _sum: { seconds: true, costMicros: true },
  });
  const sign = (r: (typeof rows)[number]) => (r.kind === "refunded" ? -1 : 1);
  const net = (r: (typeof rows)[number]) => sign(r) * (r._sum.seconds ?? 0);
  const money = (r: (typeof rows)[number]) => sign(r) * Number(r._sum.costMicros ?? 0);
  const mine = rows.filter((r) => r.userId === input.userId);
  return {
    member: mine.reduce((s, r) => s + net(r), 0),
    workspace: rows.reduce((s, r) => s + net(r), 0),
    memberMicros: mine.reduce((s, r) => s + money(r), 0),
    workspaceMicros: rows.reduce((s, r) => s + money(r), 0),
  };
}

/**
 * Refuses a video (or a batch of `count` alike) that would take the member or the workspace past
 * its monthly quota. Called inside the submit transaction under the workspace's advisory lock, so
 * the counts it reads cannot change before this submit's own usage is written: the caps are exact
 * across members. A batch is all or nothing, and its refusal says how many of it would fit.
 */
export async function assertWithinQuotas(
  tx: Prisma.TransactionClient,
  input: {
    workspaceId: string;
    userId: string;
    durationSec: number;
    /** Videos of `durationSec` submitted together (a batch); 1 unless given. */
    count?: number;
    now: Date;
    memberQuota: number | null;
    workspaceQuota: number | null;
    /** Money quotas for the month (micro-dollars; null: none), and what one video costs. */
    budget?: Budget | null;
  },
): Promise<void> {
  const { memberQuota, workspaceQuota, durationSec } = input;
  const budget = input.budget ?? null;
  const count = input.count ?? 1;
  if (memberQuota == null && workspaceQuota == null && budget == null) return;
  const used = await secondsThisMonth(tx, {
    ...input,
    wholeWorkspace: workspaceQuota != null || budget?.workspaceMicros != null,
  });
  const needed = durationSec * count;
  if (memberQuota != null && used.member + needed > memberQuota) {
    const left = Math.max(0, memberQuota - used.member);
    throw new AppError(
      "rate_limited",
      `${needs(count, durationSec)}; you have ${left} s of your ${memberQuota} s monthly quota left${fits(count, left, durationSec)}. An admin can raise it on the Usage page.`,
      { fits: Math.floor(left / durationSec) },
    );
  }
  if (workspaceQuota != null && used.workspace + needed > workspaceQuota) {
    const left = Math.max(0, workspaceQuota - used.workspace);
    throw new AppError(
      "rate_limited",
      `${needs(count, durationSec)}; the workspace has ${left} s of its ${workspaceQuota} s monthly quota left${fits(count, left, durationSec)}. An admin can raise it on the Usage page.`,
      { fits: Math.floor(left / durationSec) },
    );
  }
  if (budget) {
    const { memberMicros, workspaceMicros, costEach } = budget;
    if (memberMicros != null)
      assertWithinBudget({ limit: memberMicros, spent: used.memberMicros, costEach, count, mine: true });
    if (workspaceMicros != null)
      assertWithinBudget({
        limit: workspaceMicros,
        spent: used.workspaceMicros,
        costEach,
        count,
        mine: false,
      });
  }
}

export interface Budget {
  memberMicros: number | null;
  workspaceMicros: number | null;
  /** What one video costs at the workspace's prices; null when its model has no price. */
  costEach: number | null;
}

/** A money quota (the member's or the workspace's): a model without a price cannot count against it. */
function assertWithinBudget(input: {
  limit: number;
  spent: number;
  costEach: number | null;
  count: number;
  mine: boolean;
}) {
  const { limit, spent, costEach, count, mine } = input;
  if (costEach === null)
    throw new AppError(
      "rate_limited",
      `This model has no price here, so ${mine ? "your" : "the workspace's"} monthly budget cannot cover it. An admin can set its price on the Usage page.`,
      { fits: 0 },
    );
  const needed = costEach * count;
  if (spent + needed <= limit) return;
  const left = Math.max(0, limit - spent);
  const fit = costEach === 0 ? count : Math.floor(left / costEach);
  const has = mine ? "you have" : "the workspace has";
  throw new AppError(
    "rate_limited",
    `${count === 1 ? "This video costs" : `These ${count} videos cost`} ${formatMoney(needed)}; ${has} ${formatMoney(left)} of ${mine ? "your" : "its"} ${formatMoney(limit)} monthly budget left${count === 1 ? "" : fit === 0 ? ", not enough for one of them" : `, enough for ${fit} of them`}. An admin can raise it on the Usage page.`,
    { fits: fit },
  );
}

const needs = (count: number, durationSec: number) =>
  count === 1
    ? `This video needs ${durationSec} s`
    : `These ${count} videos need ${count * durationSec} s (${durationSec} s each)`;

/** For a batch: how many of its videos the seconds left would cover (nothing of it was made). */
function fits(count: number, left: number, durationSec: number): string {
  if (count === 1) return "";
  const n = Math.floor(left / durationSec);
  return n === 0 ? ", not enough for one of them" : `, enough for ${n} of them`;
}
