"use client";

import { inWorkspace } from "@/hooks/request-workspace";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/errors";
import {
  deleteGenerationAction,
  restoreGenerationAction,
  setFavoriteAction,
} from "@/lib/actions/generation-actions";
import { generationKeys } from "@/hooks/use-generations";
import { updateCachedGeneration } from "./cache";

function unwrap<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(result.message);
  return (result as { data: T }).data;
}

/** Optimistic star: cancel in-flight reads → snapshot every cached copy → patch → roll back on error. */
export function useFavoriteMutation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (favorite: boolean) => unwrap(await setFavoriteAction(inWorkspace({ id, favorite }))),
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

/** Shown where a keyboard is likely: the shortcut that reaches the toast's Undo button. */
export const UNDO_HOTKEY_HINT = "Alt+T, then Enter, to undo";
const NO_ACTION = { action: undefined, description: undefined };
const keyboardLikely = () => window.matchMedia("(pointer: fine)").matches;

/** Delete, then offer Undo in the toast for as long as it shows: a button, and Alt+T reaches it. */
export function useDeleteMutation(id: string, options: { onDeleted?: () => void; onRestored?: () => void }) {
  const queryClient = useQueryClient();
  const refreshLists = () => queryClient.invalidateQueries({ queryKey: generationKeys.lists() });

  // The outcome replaces the "deleted" toast in place: the toasts never empty out in between, so
  // Sonner does not hand focus back to where it was before Alt+T while the card is coming back.
  const restore = async (toastId: string | number) => {
    const result = await restoreGenerationAction(inWorkspace({ id }));
    if (!result.ok) return void toast.error(result.message, { id: toastId, ...NO_ACTION });
    await refreshLists();
    toast.success("Video restored", { id: toastId, duration: 4_000, ...NO_ACTION });
    options.onRestored?.();
  };

  return useMutation({
    mutationFn: async () => unwrap(await deleteGenerationAction(inWorkspace({ id }))),
    onSuccess: () => {
      updateCachedGeneration(queryClient, id, () => null);
      void refreshLists();
      let restoring = false;
      const toastId = toast("Video deleted", {
        description: keyboardLikely() ? UNDO_HOTKEY_HINT : undefined,
        duration: 10_000,
        action: {
          label: "Undo",
          onClick: (event) => {
            event.preventDefault(); // kept until restored, then replaced by the outcome
            if (restoring) return;
            restoring = true;
            void restore(toastId);
          },
        },
      });
      options.onDeleted?.();
    },
    onError: (error) => toast.error(error.message),
  });
}
