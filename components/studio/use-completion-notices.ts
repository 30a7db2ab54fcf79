"use client";

import { workspaceFetch } from "@/hooks/request-workspace";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { toast } from "@/components/ui/toast";
import { usageKey } from "@/hooks/use-usage";
import type { GenerationDto } from "@/lib/generations/dto";
import { generationKeys } from "@/hooks/use-generations";
import { useFailureNotices } from "./failure-notices";

/**
 * Watches the active list: when a generation leaves it, reads its outcome once, tells the user
 * (toast, and a browser notification if they allowed it) and refreshes the gallery. Failures are
 * kept so the queue can show the reason and offer to try again.
 */
export function useCompletionNotices(activeIds: string[] | undefined) {
  const queryClient = useQueryClient();
  const previous = useRef<Set<string> | null>(null);
  const { failures, dismissed, add, dismiss } = useFailureNotices();

  useEffect(() => {
    if (!activeIds) return;
    const current = new Set(activeIds);
    const finished = previous.current ? [...previous.current].filter((id) => !current.has(id)) : [];
    previous.current = current;
    if (finished.length === 0) return;
    void (async () => {
      for (const id of finished) {
        const response = await workspaceFetch(`/api/generations/${encodeURIComponent(id)}`);
        if (!response.ok) continue;
        const g = (await response.json()) as GenerationDto;
        if (g.phase === "playable") {
          toast.success("Your video is ready", { description: g.prompt.slice(0, 80) });
          notify("Your video is ready", g.prompt);
        } else if (g.phase === "failed") {
          toast.error(g.errorMessage ?? "The video could not be made.", {
            description: g.prompt.slice(0, 80),
          });
          notify("A video failed", g.errorMessage ?? g.prompt);
          add(g);
        }
      }
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: generationKeys.lists() }),
        // A failure refunds its seconds.
        queryClient.invalidateQueries({ queryKey: usageKey }),
      ]);
    })();
    // `add` is a fresh closure each render; the effect only re-runs when the active ids change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeIds, queryClient]);

  return { failures, dismissed, dismiss };
}

function notify(title: string, body: string) {
  if (typeof Notification === "undefined" || Notification.permission !== "granted" || !document.hidden)
    return;
  new Notification(title, { body: body.slice(0, 120), icon: "/icons/icon-192.png" });
}
