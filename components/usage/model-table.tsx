import { getModel } from "@/lib/grok/catalog";
import type { ModelUsageRow } from "@/lib/usage/usage-report";
import { formatMoney } from "@/lib/usage/prices";
import { seconds } from "./format";

/** What the month's seconds (and money) went to, model by model. */
export function ModelTable({ models, priced }: { models: ModelUsageRow[]; priced: boolean }) {
  return (
    <table className="w-full text-sm" data-testid="usage-models">
      <thead className="border-b border-border text-left text-xs text-muted-foreground">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">
            Model
          </th>
          <th scope="col" className="px-3 py-2 text-right font-medium">
            Used
          </th>
          {priced ? (
            <th scope="col" className="py-2 pl-3 text-right font-medium">
              Cost
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {models.map((m) => (
          <tr key={m.model} data-testid="usage-model" className="border-b border-border last:border-0">
            <th scope="row" className="py-2 pr-3 text-left font-normal">
              {getModel(m.model)?.label ?? m.model}
            </th>
            <td className="px-3 py-2 text-right tabular-nums">{seconds(m.usedSeconds)}</td>
            {priced ? (
              <td className="py-2 pl-3 text-right tabular-nums">
                {m.costMicros === null ? "no price" : formatMoney(m.costMicros)}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
