import { inWorkspace } from "@/hooks/request-workspace";
import type { ActionResult } from "@/lib/errors";

/** Calls a workspace action for the page's workspace; its refusal becomes an Error with its message. */
export async function callAction<I extends object, T>(
  action: (input: I & { workspaceId?: string }) => Promise<ActionResult<T>>,
  input: I,
): Promise<T> {
  const result = await action(inWorkspace(input));
  if (!result.ok) throw new Error(result.message);
  return (result as { data: T }).data;
}
