"use client";

import { useMutation } from "@tanstack/react-query";
import { toast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/errors";
import { callAction } from "./action-call";
import { useRefreshStoryboard } from "./use-storyboard";

/**
 * One storyboard action from a button or a field: its refusal is shown as a toast in the words
 * the server chose, and the storyboard is read again either way (what was saved is what shows).
 */
export function useBoardAction<I extends object, T>(
  storyboardId: string,
  action: (input: I & { workspaceId?: string }) => Promise<ActionResult<T>>,
  options: { success?: (data: T) => string | null } = {},
) {
  const refresh = useRefreshStoryboard(storyboardId);
  return useMutation({
    mutationFn: (input: I) => callAction(action, input),
    onSuccess: (data) => {
      const message = options.success?.(data);
      if (message) toast.success(message);
    },
    onError: (error) => toast.error(error.message),
    onSettled: () => refresh(),
  });
}
