"use client";

import type { MemberUsageRow } from "@/lib/usage/usage-report";
import { setMemberBudgetAction, setMemberQuotaAction } from "@/lib/actions/quota-actions";
import { BudgetEditor } from "./budget-editor";
import { inWorkspace } from "@/hooks/request-workspace";
import { formatMoney } from "@/lib/usage/prices";
import { seconds } from "./format";
import { QuotaEditor } from "./quota-editor";

/**
 * Who used how many seconds this month. On a phone the table scrolls sideways inside its own
 * box (focusable, so keyboard users can scroll it too); the page itself never overflows.
 */
export function MemberTable({
  members,
  canManage,
  priced,
}: {
  members: MemberUsageRow[];
  canManage: boolean;
  /** The team sets prices: a column of what each member's videos cost. */
  priced: boolean;
}) {
  return (
    <div
      role="region"
      aria-label="Usage per member"
      tabIndex={0}
      // relative: the visually hidden labels (position: absolute) stay inside the scrolling box
      // instead of widening the page.
      className="relative max-w-full overflow-x-auto rounded-xl border border-border bg-card"
    >
      <table className={`w-full text-sm ${priced ? "min-w-[52rem]" : "min-w-[40rem]"}`}>
        <thead className="border-b border-border text-left text-xs text-muted-foreground">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Member
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Used
            </th>
            {priced ? (
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Cost
              </th>
            ) : null}
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Refunded
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Videos
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Monthly quota
            </th>
            {priced ? (
              <th scope="col" className="px-3 py-2 font-medium">
                Monthly budget
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {members.map((m) => {
            const who = m.name ?? m.email;
            return (
              <tr
                key={m.userId}
                data-testid="usage-row"
                data-email={m.email}
                className="border-b border-border last:border-0"
              >
                <th scope="row" className="px-3 py-2 text-left font-normal">
                  <span className="block font-medium">{who}</span>
                  <span className="block text-xs text-muted-foreground">
                    {m.name ? `${m.email} · ` : ""}
                    {m.role ?? "left the workspace"}
                  </span>
                </th>
                <td className="px-3 py-2 text-right tabular-nums" data-testid="used">
                  {seconds(m.usedSeconds)}
                  {m.quotaSeconds !== null ? (
                    <span className="text-muted-foreground"> of {seconds(m.quotaSeconds)}</span>
                  ) : null}
                </td>
                {priced ? (
                  <td className="px-3 py-2 text-right tabular-nums" data-testid="cost">
                    {formatMoney(m.costMicros)}
                  </td>
                ) : null}
                <td className="px-3 py-2 text-right tabular-nums">
                  {m.refundedSeconds ? `${seconds(m.refundedSeconds)} (${m.refundedGenerations})` : "—"}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{m.generations}</td>
                <td className="px-3 py-2">
                  {canManage && m.role ? (
                    <QuotaEditor
                      label={`Monthly quota for ${who} (seconds)`}
                      quotaSeconds={m.quotaSeconds}
                      subject={`Quota for ${who}`}
                      save={(s) => setMemberQuotaAction(inWorkspace({ userId: m.userId, seconds: s }))}
                    />
                  ) : m.quotaSeconds === null ? (
                    "No limit"
                  ) : (
                    seconds(m.quotaSeconds)
                  )}
                </td>
                {priced ? (
                  <td className="px-3 py-2" data-testid="member-budget">
                    {canManage && m.role ? (
                      <BudgetEditor
                        label={`Monthly budget for ${who} ($)`}
                        budgetMicros={m.budgetMicros}
                        subject={`Budget for ${who}`}
                        save={(dollars) => setMemberBudgetAction(inWorkspace({ userId: m.userId, dollars }))}
                      />
                    ) : m.budgetMicros === null ? (
                      "No limit"
                    ) : (
                      formatMoney(m.budgetMicros)
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
