"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/errors";
import {
  deleteGenerationAction,
  restoreGenerationAction,
  setFavoriteAction,
} from "@/lib/actions/generation-actions";
import { generationKeys } from "@/lib/queries/generations";
import { updateCachedGeneration } from "./cache";

function unwrap<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(result.message);
  return (result as { data: T }).data;
}

/** Optimistic star: cancel in-flight reads → snapshot every cached copy → patch → roll back on error. */
export function useFavoriteMutation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (favorite: boolean) => unwrap(await setFavoriteAction({ id, favorite })),
    onMutate: async (favorite) => {
      await queryClient.cancelQueries({ queryKey: generationKeys.all });
      const snapshot = queryClient.getQueriesData({ queryKey: generationKeys.all });
      updateCachedGeneration(queryClient, id, (g) => ({ ...g, favorite }));
      return { snapshot };
    },
    onError: (error, _favorite, context) => {
      for (const [key, data] of context?.snapshot ?? []) queryClient.setQueryData(key, data);
      toast.error(error.message);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: generationKeys.all }),
  });
}

/** Delete, then offer Undo in the toast for as long as it shows. */
export function useDeleteMutation(id: string, options: { onDeleted?: () => void; onRestored?: () => void }) {
  const queryClient = useQueryClient();
  const refreshLists = () => queryClient.invalidateQueries({ queryKey: generationKeys.lists() });

  const restore = async () => {
    const result = await restoreGenerationAction({ id });
    if (!result.ok) return void toast.error(result.message);
    await refreshLists();
    toast.success("Video restored");
    options.onRestored?.();
  };

  return useMutation({
    mutationFn: async () => unwrap(await deleteGenerationAction({ id })),
    onSuccess: () => {
      updateCachedGeneration(queryClient, id, () => null);
      void refreshLists();
      toast("Video deleted", {
        duration: 10_000,
        action: { label: "Undo", onClick: () => void restore() },
      });
      options.onDeleted?.();
    },
    onError: (error) => toast.error(error.message),
  });
}
