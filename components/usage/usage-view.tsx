"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import type { UsageReport } from "@/lib/usage/usage-report";
import { setWorkspaceQuotaAction } from "@/lib/actions/quota-actions";
import { inWorkspace } from "@/hooks/request-workspace";
import { useUsageReport } from "@/hooks/use-usage";
import { useWorkspace } from "@/components/shell/workspace-context";
import { DailyChart } from "./daily-chart";
import { monthLabel, seconds, shiftMonth } from "./format";
import { MemberTable } from "./member-table";
import { QuotaEditor } from "./quota-editor";

/** The usage page: the month's seconds against the workspace's quota, per day and per member. */
export function UsageView({ month, initial }: { month: string | null; initial: UsageReport }) {
  const workspace = useWorkspace();
  const report = useUsageReport(month, initial).data ?? initial;
  const canManage = workspace.can("quotas.manage");
  const total = report.workspace;
  const left = total.quotaSeconds === null ? null : Math.max(0, total.quotaSeconds - total.usedSeconds);

  return (
    <div className="grid min-w-0 gap-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-xl font-semibold">Usage in {workspace.name}</h1>
        <nav aria-label="Month" className="flex items-center gap-1 text-sm">
          <Link
            href={`/usage?month=${shiftMonth(report.month, -1)}`}
            aria-label="Previous month"
            className="grid size-11 place-items-center rounded-lg hover:bg-muted"
          >
            <ChevronLeft aria-hidden className="size-4" />
          </Link>
          <span className="min-w-32 text-center font-medium" aria-current="date" data-testid="usage-month">
            {monthLabel(report.month)}
          </span>
          <Link
            href={`/usage?month=${shiftMonth(report.month, 1)}`}
            aria-label="Next month"
            className="grid size-11 place-items-center rounded-lg hover:bg-muted"
          >
            <ChevronRight aria-hidden className="size-4" />
          </Link>
        </nav>
      </header>

      <section
        aria-labelledby="workspace-usage-title"
        className="grid gap-3 rounded-2xl border border-border bg-card p-4"
      >
        <h2 id="workspace-usage-title" className="text-base font-semibold">
          Workspace this month
        </h2>
        <p className="text-2xl font-semibold tabular-nums" data-testid="workspace-used">
          {seconds(total.usedSeconds)}
          <span className="text-base font-normal text-muted-foreground">
            {total.quotaSeconds === null
              ? " used · no monthly quota"
              : ` of ${seconds(total.quotaSeconds)} · ${seconds(left!)} left`}
          </span>
        </p>
        <p className="text-sm text-muted-foreground" data-testid="refund-line">
          {total.refundedSeconds > 0
            ? `${seconds(total.refundedSeconds)} from ${total.refundedGenerations} failed ${total.refundedGenerations === 1 ? "generation was" : "generations were"} refunded automatically: the provider did not bill ${total.refundedGenerations === 1 ? "it" : "them"}, so ${total.refundedGenerations === 1 ? "it does" : "they do"} not count against any quota.`
            : "Failed generations the provider does not bill are refunded automatically and do not count against any quota. None this month."}
        </p>
        {canManage ? (
          <div data-testid="workspace-quota">
            <QuotaEditor
              label="Monthly quota for the workspace (seconds)"
              quotaSeconds={total.quotaSeconds}
              subject="Workspace quota"
              save={(s) => setWorkspaceQuotaAction(inWorkspace({ seconds: s }))}
              visibleLabel
            />
          </div>
        ) : null}
      </section>

      <section className="rounded-2xl border border-border bg-card p-4">
        <DailyChart
          days={report.days}
          title={report.scope === "workspace" ? "Seconds of video per day" : "Your seconds of video per day"}
        />
      </section>

      <section aria-labelledby="members-usage-title" className="grid min-w-0 gap-3">
        <h2 id="members-usage-title" className="text-base font-semibold">
          {report.scope === "workspace" ? "Per member" : "Your usage"}
        </h2>
        <MemberTable members={report.members} canManage={canManage} />
        {canManage ? (
          <p className="text-xs text-muted-foreground">
            Quotas are seconds of video per calendar month (UTC); leave one empty for no limit.
          </p>
        ) : null}
      </section>
    </div>
  );
}
