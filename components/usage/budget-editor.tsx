"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { usageKey } from "@/hooks/use-usage";
import type { ActionResult } from "@/lib/errors";
import { dollarsText, formatMoney } from "@/lib/usage/prices";

/** A monthly money quota in dollars (the workspace's or a member's), edited in place: empty means no limit. */
export function BudgetEditor({
  label,
  budgetMicros,
  save,
  subject,
  visibleLabel,
  testId,
}: {
  label: string;
  budgetMicros: number | null;
  save: (dollars: string) => Promise<ActionResult<{ budgetMicros: number | null }>>;
  /** Who or what the toast names: "Budget", "Ana's budget". */
  subject: string;
  /** Shown above the box (else read only by screen readers: a table column already names it). */
  visibleLabel?: boolean;
  testId?: string;
}) {
  const id = useId();
  const [text, setText] = useState(dollarsText(budgetMicros));
  const [pending, startTransition] = useTransition();
  const queryClient = useQueryClient();
  return (
    <form
      noValidate
      className="flex items-end gap-2"
      data-testid={testId}
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await save(text);
          if (!result.ok) return void toast.error(result.message);
          const micros = result.data.budgetMicros;
          toast.success(
            micros === null ? `${subject}: no limit.` : `${subject}: ${formatMoney(micros)} a month.`,
          );
          await queryClient.invalidateQueries({ queryKey: usageKey });
        });
      }}
    >
      <div className="grid gap-1">
        <label htmlFor={id} className={visibleLabel ? "text-sm font-medium" : "sr-only"}>
          {label}
        </label>
        <Input
          id={id}
          inputMode="decimal"
          placeholder="No limit"
          value={text}
          onChange={(e) => setText(e.target.value)}
          className="h-9 w-28 tabular-nums"
        />
      </div>
      <Button type="submit" size="sm" variant="outline" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
