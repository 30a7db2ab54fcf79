"use client";

import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import {
  deleteGenerationsAction,
  pickTakeAction,
  restoreGenerationsAction,
} from "@/lib/actions/generation-actions";
import type { ComparedGeneration } from "@/lib/generations/get-generations-to-compare";
import { inWorkspace } from "@/hooks/request-workspace";

const plural = (n: number) => `${n} video${n === 1 ? "" : "s"}`;

/** "Pick this one" and "send the others to the trash" (with Undo) for the videos compared. */
export function usePick(items: ComparedGeneration[]) {
  const [pickedId, setPickedId] = useState(() => items.find((g) => g.picked)?.id ?? null);
  const [trashed, setTrashed] = useState<string[]>([]);
  const [pending, startTransition] = useTransition();
  const ids = items.map((g) => g.id);

  const pick = (index: number) =>
    startTransition(async () => {
      const id = ids[index]!;
      const result = await pickTakeAction(inWorkspace({ id, among: ids }));
      if (!result.ok) return void toast.error(result.message);
      setPickedId(id);
    });

  const trashOthers = () =>
    startTransition(async () => {
      const others = ids.filter((id) => id !== pickedId && !trashed.includes(id));
      const result = await deleteGenerationsAction(inWorkspace({ ids: others }));
      if (!result.ok) return void toast.error(result.message);
      setTrashed((list) => [...list, ...result.data.ids]);
      toast(`${plural(result.data.ids.length)} in the trash`, {
        duration: 10_000,
        action: {
          label: "Undo",
          onClick: async () => {
            const back = await restoreGenerationsAction(inWorkspace({ ids: result.data.ids }));
            if (!back.ok) return void toast.error(back.message);
            setTrashed((list) => list.filter((id) => !result.data.ids.includes(id)));
          },
        },
      });
    });

  return { pickedId, trashed, pending, pick, trashOthers };
}
