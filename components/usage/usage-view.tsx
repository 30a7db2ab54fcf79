"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import type { UsageReport } from "@/lib/usage/usage-report";
import { setWorkspaceBudgetAction, setWorkspaceQuotaAction } from "@/lib/actions/quota-actions";
import { inWorkspace } from "@/hooks/request-workspace";
import { useUsageReport } from "@/hooks/use-usage";
import { useWorkspace } from "@/components/shell/workspace-context";
import { DailyChart } from "./daily-chart";
import { monthLabel, seconds, shiftMonth } from "./format";
import { MemberTable } from "./member-table";
import { QuotaEditor } from "./quota-editor";
import { BudgetEditor } from "./budget-editor";
import { ModelTable } from "./model-table";
import { PriceEditor } from "./price-editor";
import { formatMoney } from "@/lib/usage/prices";

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
        {report.priced ? (
          <p className="text-lg font-semibold tabular-nums" data-testid="workspace-cost">
            {formatMoney(total.costMicros)}
            <span className="text-base font-normal text-muted-foreground">
              {report.budgetMicros === null
                ? " spent · no monthly budget"
                : ` of ${formatMoney(report.budgetMicros)} · ${formatMoney(Math.max(0, report.budgetMicros - total.costMicros))} left`}
            </span>
          </p>
        ) : null}
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
        {canManage && report.priced ? (
          <BudgetEditor
            label="Monthly budget for the workspace ($)"
            budgetMicros={report.budgetMicros}
            subject="Budget"
            save={(dollars) => setWorkspaceBudgetAction(inWorkspace({ dollars }))}
            visibleLabel
            testId="workspace-budget"
          />
        ) : null}
      </section>

      <section className="rounded-2xl border border-border bg-card p-4">
        <DailyChart
          days={report.days}
          metric={report.priced ? "money" : "seconds"}
          title={
            report.priced
              ? report.scope === "workspace"
                ? "Cost per day"
                : "Your cost per day"
              : report.scope === "workspace"
                ? "Seconds of video per day"
                : "Your seconds of video per day"
          }
        />
      </section>

      {report.models.length > 0 ? (
        <section
          aria-labelledby="models-usage-title"
          className="grid gap-2 rounded-2xl border border-border bg-card p-4"
        >
          <h2 id="models-usage-title" className="text-base font-semibold">
            Per model
          </h2>
          <ModelTable models={report.models} priced={report.priced} />
        </section>
      ) : null}

      <section aria-labelledby="members-usage-title" className="grid min-w-0 gap-3">
        <h2 id="members-usage-title" className="text-base font-semibold">
          {report.scope === "workspace" ? "Per member" : "Your usage"}
        </h2>
        <MemberTable members={report.members} canManage={canManage} priced={report.priced} />
        {canManage ? (
          <p className="text-xs text-muted-foreground">
            Quotas are seconds of video per calendar month (UTC); leave one empty for no limit.
          </p>
        ) : null}
      </section>

      {canManage || report.priced ? (
        <section
          aria-labelledby="prices-title"
          className="grid gap-3 rounded-2xl border border-border bg-card p-4"
        >
          <h2 id="prices-title" className="text-base font-semibold">
            Prices
          </h2>
          <p className="text-sm text-muted-foreground">
            Neither Grok nor Ace Data Cloud report a price per video, so costs are shown at the prices set
            here: what the team pays per second of each model. Ace Data Cloud bills in credits: enter a
            model&apos;s credits per second times what one credit costs you. Without prices, everything stays
            in seconds. A new price applies to videos asked for from then on.
          </p>
          <PriceEditor prices={workspace.prices} canManage={canManage} />
        </section>
      ) : null}
    </div>
  );
}
