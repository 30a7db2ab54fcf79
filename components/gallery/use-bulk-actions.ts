"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/errors";
import {
  deleteGenerationsAction,
  restoreGenerationsAction,
  setFavoritesAction,
} from "@/lib/actions/generation-actions";
import { generationKeys } from "@/lib/queries/generation-keys";
import { inWorkspace } from "@/hooks/request-workspace";

export interface BulkActions {
  favorite: (on: boolean) => void;
  remove: () => void;
  pending: boolean;
}

function unwrap<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(result.message);
  return (result as { data: T }).data;
}

const plural = (n: number) => `${n} video${n === 1 ? "" : "s"}`;

/** Favourite, unfavourite and delete (with one Undo for the batch) for the checked cards. */
export function useBulkActions(ids: readonly string[], onDeleted: () => void): BulkActions {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: generationKeys.all });

  const favorite = useMutation({
    mutationFn: async (on: boolean) =>
      unwrap(await setFavoritesAction(inWorkspace({ ids: [...ids], favorite: on }))),
    onSuccess: (done) =>
      toast.success(`${plural(done.ids.length)} ${done.favorite ? "favourited" : "unfavourited"}`),
    onError: (error) => toast.error(error.message),
    onSettled: refresh,
  });

  const restore = async (deleted: string[]) => {
    const result = await restoreGenerationsAction(inWorkspace({ ids: deleted }));
    if (!result.ok) return void toast.error(result.message);
    await refresh();
    toast.success(`${plural(deleted.length)} restored`);
  };

  const remove = useMutation({
    mutationFn: async () => unwrap(await deleteGenerationsAction(inWorkspace({ ids: [...ids] }))),
    onSuccess: (done) => {
      onDeleted();
      void refresh();
      toast(`${plural(done.ids.length)} deleted`, {
        duration: 10_000,
        action: { label: "Undo", onClick: () => void restore(done.ids) },
      });
    },
    onError: (error) => toast.error(error.message),
  });

  return {
    favorite: (on) => favorite.mutate(on),
    remove: () => remove.mutate(),
    pending: favorite.isPending || remove.isPending,
  };
}
