"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { usageKey } from "@/hooks/use-usage";
import { inWorkspace } from "@/hooks/request-workspace";
import { setPricesAction } from "@/lib/actions/quota-actions";
import { MODELS } from "@/lib/grok/catalog";
import { dollarsText, formatMoney, type PriceTable } from "@/lib/usage/prices";

/**
 * What the team pays per second of each model. The provider publishes no price per task, so the
 * team enters its own (Ace Data Cloud bills in credits: a model's credits per second × what one
 * credit costs the team). Read-only for those who may not manage quotas.
 */
export function PriceEditor({ prices, canManage }: { prices: PriceTable; canManage: boolean }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const [texts, setTexts] = useState(() =>
    Object.fromEntries(MODELS.map((m) => [m.id, dollarsText(prices[m.id])])),
  );

  if (!canManage)
    return (
      <ul className="grid gap-1 text-sm" data-testid="prices">
        {MODELS.filter((m) => prices[m.id] !== undefined).map((m) => (
          <li key={m.id}>
            {m.label}: {formatMoney(prices[m.id]!)} a second
          </li>
        ))}
      </ul>
    );

  return (
    <form
      noValidate
      className="grid gap-3"
      data-testid="price-editor"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await setPricesAction(
            inWorkspace({
              prices: MODELS.map((m) => ({ model: m.id, dollarsPerSecond: texts[m.id] ?? "" })),
            }),
          );
          if (!result.ok) return void toast.error(result.message);
          toast.success("Prices saved: new videos are priced with them.");
          await queryClient.invalidateQueries({ queryKey: usageKey });
          router.refresh();
        });
      }}
    >
      <div className="grid gap-2 sm:grid-cols-2">
        {MODELS.map((m) => (
          <label key={m.id} className="grid gap-1 text-sm">
            <span className="font-medium">{m.label}</span>
            <span className="flex items-center gap-2">
              <span aria-hidden className="text-muted-foreground">
                $
              </span>
              <Input
                inputMode="decimal"
                placeholder="No price"
                value={texts[m.id] ?? ""}
                onChange={(e) => setTexts((t) => ({ ...t, [m.id]: e.target.value }))}
                aria-label={`${m.label}: dollars per second`}
                data-testid={`price-${m.id}`}
                className="h-9 w-32 tabular-nums"
              />
              <span className="text-muted-foreground">a second</span>
            </span>
          </label>
        ))}
      </div>
      <Button type="submit" size="sm" variant="outline" disabled={pending} className="justify-self-start">
        {pending ? "Saving…" : "Save prices"}
      </Button>
    </form>
  );
}
