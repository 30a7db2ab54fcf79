import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { can } from "@/lib/workspaces/permissions";
import { dailySeries, type DaySeconds } from "./daily-series";
import { monthKey, monthRange } from "./usage-month";
import { readPrices } from "./price-schemas";

export interface UsageTotals {
  requestedSeconds: number;
  /** Given back automatically for failed generations the provider did not bill. */
  refundedSeconds: number;
  /** requested − refunded: what counts against the quota. */
  usedSeconds: number;
  quotaSeconds: number | null;
  generations: number;
  refundedGenerations: number;
  /** What the used seconds cost at the prices of the day each was asked for (micro-dollars). */
  costMicros: number;
}

/** One model's month: seconds used and what they cost (null: never priced this month). */
export interface ModelUsageRow {
  model: string;
  usedSeconds: number;
  costMicros: number | null;
}

export interface MemberUsageRow extends UsageTotals {
  /** The member's money quota for a month (micro-dollars), or null. */
  budgetMicros: number | null;
  userId: string;
  name: string | null;
  email: string;
  /** Null for someone who has left the workspace since (their seconds still count). */
  role: Role | null;
}

export interface UsageReport {
  /** "YYYY-MM", UTC. */
  month: string;
  /** What the rows and the chart cover: everyone (usage.read.all), or only the viewer. */
  scope: "workspace" | "member";
  members: MemberUsageRow[];
  days: DaySeconds[];
  workspace: UsageTotals;
  models: ModelUsageRow[];
  /** Whether the workspace sets prices now: money is shown only then. */
  priced: boolean;
  /** The workspace's money quota for a month (micro-dollars), or null. */
  budgetMicros: number | null;
}

const ORDER: Record<Role, number> = { owner: 0, admin: 1, member: 2, viewer: 3 };

/**
 * A month's video seconds in a workspace: per member, per day and in all. Who may see whom comes
 * from the permission table: with `usage.read.all` every member, otherwise only the viewer's own
 * row and chart (the workspace's totals are everyone's business: they share its quota).
 */
export async function usageReport(
  db: PrismaClient,
  input: { workspaceId: string; viewer: { userId: string; role: Role }; month?: string; now?: Date },
): Promise<UsageReport> {
  const month = input.month ?? monthKey(input.now ?? new Date());
  const { from, to } = monthRange(month);
  const all = can(input.viewer.role, "usage.read.all");
  const only = all ? null : input.viewer.userId;
  const inMonth = { workspaceId: input.workspaceId, createdAt: { gte: from, lt: to } };

  const [sums, memberships, workspace, dayRows, modelRows] = await Promise.all([
    db.usageEvent.groupBy({
      by: ["userId", "kind"],
      where: { ...inMonth, kind: { in: ["requested", "refunded"] } },
      _sum: { seconds: true, costMicros: true },
      _count: { _all: true },
    }),
    db.membership.findMany({
      where: { workspaceId: input.workspaceId, ...(only ? { userId: only } : {}) },
      select: {
        role: true,
        monthlyQuotaSeconds: true,
        monthlyBudgetMicros: true,
        user: { select: { id: true, name: true, email: true } },
      },
    }),
    db.workspace.findUniqueOrThrow({
      where: { id: input.workspaceId },
      select: { monthlyQuotaSeconds: true, monthlyBudgetMicros: true, pricesPerSecond: true },
    }),
    // A refund is drawn on the day its video was requested (when that is in this month), so a
    // failure just after midnight does not take seconds off a day that did not spend them.
    db.$queryRaw<Array<{ day: string; kind: string; seconds: number; costMicros: bigint }>>`
      SELECT to_char(COALESCE(CASE WHEN g."createdAt" >= ${from} AND g."createdAt" < ${to} THEN g."createdAt" END,
                              u."createdAt"), 'YYYY-MM-DD') AS day,
             u.kind::text AS kind, SUM(u.seconds)::int AS seconds,
             COALESCE(SUM(u."costMicros"), 0)::bigint AS "costMicros"
        FROM "UsageEvent" u LEFT JOIN "Generation" g ON g.id = u."generationId"
       WHERE u."workspaceId" = ${input.workspaceId} AND u."createdAt" >= ${from} AND u."createdAt" < ${to}
         AND u.kind::text IN ('requested', 'refunded')
         AND (${only}::text IS NULL OR u."userId" = ${only})
       GROUP BY 1, 2`,
    // Per model: what the month's seconds went to. A video moved out keeps its usage here.
    db.$queryRaw<Array<{ model: string; seconds: number; costMicros: bigint | null }>>`
      SELECT g.model AS model,
             SUM(CASE WHEN u.kind::text = 'refunded' THEN -u.seconds ELSE u.seconds END)::int AS seconds,
             SUM(CASE WHEN u.kind::text = 'refunded' THEN -u."costMicros" ELSE u."costMicros" END)::bigint
               AS "costMicros"
        FROM "UsageEvent" u JOIN "Generation" g ON g.id = u."generationId"
       WHERE u."workspaceId" = ${input.workspaceId} AND u."createdAt" >= ${from} AND u."createdAt" < ${to}
         AND u.kind::text IN ('requested', 'refunded')
         AND (${only}::text IS NULL OR u."userId" = ${only})
       GROUP BY 1
       ORDER BY 2 DESC, 1`,
  ]);

  const totalsOf = (rows: typeof sums, quotaSeconds: number | null): UsageTotals => {
    const pick = (kind: string) => rows.filter((r) => r.kind === kind);
    const seconds = (kind: string) => pick(kind).reduce((s, r) => s + (r._sum.seconds ?? 0), 0);
    const count = (kind: string) => pick(kind).reduce((s, r) => s + r._count._all, 0);
    const cost = (kind: string) => pick(kind).reduce((s, r) => s + Number(r._sum.costMicros ?? 0), 0);
    return {
      costMicros: cost("requested") - cost("refunded"),
      requestedSeconds: seconds("requested"),
      refundedSeconds: seconds("refunded"),
      usedSeconds: seconds("requested") - seconds("refunded"),
      quotaSeconds,
      generations: count("requested"),
      refundedGenerations: count("refunded"),
    };
  };

  const current = memberships.map((m) => ({
    userId: m.user.id,
    name: m.user.name,
    email: m.user.email,
    role: m.role as Role | null,
    quotaSeconds: m.monthlyQuotaSeconds,
    budgetMicros: m.monthlyBudgetMicros === null ? null : Number(m.monthlyBudgetMicros),
  }));
  // People who spent seconds this month and have left since: their seconds are in the totals.
  const formerIds = all
    ? [...new Set(sums.map((s) => s.userId))].filter((id) => !current.some((c) => c.userId === id))
    : [];
  const former = formerIds.length
    ? await db.user.findMany({
        where: { id: { in: formerIds } },
        select: { id: true, name: true, email: true },
      })
    : [];
  const people = [
    ...current,
    ...former.map((u) => ({
      userId: u.id,
      name: u.name,
      email: u.email,
      role: null,
      quotaSeconds: null,
      budgetMicros: null,
    })),
  ];

  const members = people
    .map(({ quotaSeconds, ...person }) => ({
      ...person,
      ...totalsOf(
        sums.filter((s) => s.userId === person.userId),
        quotaSeconds,
      ),
    }))
    .sort(
      (a, b) =>
        (a.role ? ORDER[a.role] : 9) - (b.role ? ORDER[b.role] : 9) ||
        (a.name ?? a.email).localeCompare(b.name ?? b.email),
    );

  return {
    month,
    scope: all ? "workspace" : "member",
    members,
    days: dailySeries(
      month,
      dayRows.map((r) => ({ ...r, seconds: Number(r.seconds), costMicros: Number(r.costMicros) })),
    ),
    workspace: totalsOf(sums, workspace.monthlyQuotaSeconds),
    models: modelRows
      .filter((r) => Number(r.seconds) > 0)
      .map((r) => ({
        model: r.model,
        usedSeconds: Number(r.seconds),
        costMicros: r.costMicros === null ? null : Number(r.costMicros),
      })),
    priced: Object.keys(readPrices(workspace.pricesPerSecond)).length > 0,
    budgetMicros: workspace.monthlyBudgetMicros === null ? null : Number(workspace.monthlyBudgetMicros),
  };
}
