"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useId, useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/errors";
import { usageKey } from "@/hooks/use-usage";
import { parseQuotaInput } from "@/lib/workspaces/quota-schema";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

interface QuotaEditorProps {
  label: string;
  quotaSeconds: number | null;
  save: (seconds: number | null) => Promise<ActionResult<unknown>>;
  /** Who or what the toast names: "Ana's quota", "The workspace quota". */
  subject: string;
  /** Shown above the box (else read only by screen readers: a table column already names it). */
  visibleLabel?: boolean;
}

/** A monthly quota in seconds, edited in place: empty means no limit. */
export function QuotaEditor({ label, quotaSeconds, save, subject, visibleLabel }: QuotaEditorProps) {
  const id = useId();
  const [text, setText] = useState(quotaSeconds === null ? "" : String(quotaSeconds));
  const [pending, startTransition] = useTransition();
  const queryClient = useQueryClient();

  const submit = () => {
    // The server checks the same rules; checking here first saves a round trip for a typo.
    const parsed = parseQuotaInput(text);
    if (!parsed.success) {
      toast.error(parsed.error.issues[0]?.message ?? "Enter whole seconds, or leave it empty for no limit.");
      return;
    }
    startTransition(async () => {
      const result = await save(parsed.data);
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      toast.success(
        parsed.data === null
          ? `${subject}: no limit.`
          : `${subject}: ${parsed.data.toLocaleString("en")} s a month.`,
      );
      await queryClient.invalidateQueries({ queryKey: usageKey });
    });
  };

  return (
    <form
      noValidate
      className="flex items-end gap-2"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="grid gap-1">
        <label htmlFor={id} className={visibleLabel ? "text-sm font-medium" : "sr-only"}>
          {label}
        </label>
        <Input
          id={id}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
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
