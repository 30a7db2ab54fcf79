"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { usageKey } from "@/hooks/use-usage";
import { inWorkspace } from "@/hooks/request-workspace";
import { setWorkspaceBudgetAction } from "@/lib/actions/quota-actions";
import { dollarsText, formatMoney } from "@/lib/usage/prices";

/** The workspace's money quota for a month, in dollars: empty means no limit. */
export function BudgetEditor({ budgetMicros }: { budgetMicros: number | null }) {
  const id = useId();
  const [text, setText] = useState(dollarsText(budgetMicros));
  const [pending, startTransition] = useTransition();
  const queryClient = useQueryClient();
  return (
    <form
      noValidate
      className="flex items-end gap-2"
      data-testid="workspace-budget"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await setWorkspaceBudgetAction(inWorkspace({ dollars: text }));
          if (!result.ok) return void toast.error(result.message);
          const micros = result.data.budgetMicros;
          toast.success(micros === null ? "Budget: no limit." : `Budget: ${formatMoney(micros)} a month.`);
          await queryClient.invalidateQueries({ queryKey: usageKey });
        });
      }}
    >
      <div className="grid gap-1">
        <label htmlFor={id} className="text-sm font-medium">
          Monthly budget for the workspace ($)
        </label>
        <Input
          id={id}
          inputMode="decimal"
          placeholder="No limit"
          value={text}
          onChange={(e) => setText(e.target.value)}
          className="h-9 w-32 tabular-nums"
        />
      </div>
      <Button type="submit" size="sm" variant="outline" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
