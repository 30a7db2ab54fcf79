import type { Simulator } from "@/lib/grok/simulator";
import { waitFor } from "./lifecycle-harness";

/**
 * Resolves once each task has finished upstream by the simulator's clock, so a look from then on
 * reads it finished: what a test waits for instead of sleeping out the task's duration.
 */
export async function tasksFinishedUpstream(
  simulator: Simulator,
  taskIds: readonly (string | null)[],
  timeoutMs = 10_000,
): Promise<void> {
  if (taskIds.some((id) => !id)) throw new Error("tasksFinishedUpstream: a generation has no task id");
  await waitFor(
    async () => taskIds.every((id) => simulator.taskRecord(id!)?.finished_at !== undefined),
    timeoutMs,
  ).catch(() => {
    throw new Error(`Tasks ${taskIds.join(", ")} did not finish upstream within ${timeoutMs} ms`);
  });
}
