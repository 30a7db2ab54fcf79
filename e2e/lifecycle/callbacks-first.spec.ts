import { randomBytes } from "node:crypto";
import { expect, test } from "../fixtures";

/**
 * Callbacks first, polls as the safety net, on the production build: the suite's demo server has
 * APP_URL, so the simulator calls back when a task finishes (3 s here), and the first look at a
 * task waits for the provider's slow case plus a margin. A video made while the studio is open
 * (its tab asking our server for news all along) reaches "ready" with no poll of its task at the
 * provider: the one read is the re-read that confirms its callback (callbacks are unsigned, so the
 * body is only a hint; handle-callback.ts).
 */
test("a video whose callback arrives is never polled at the provider, only re-read once to confirm it", async ({
  signedIn: { studio, sim },
}) => {
  const prompt = `Callbacks first ${randomBytes(4).toString("hex")}: kites over a beach`;
  await studio.submit(prompt);
  await expect(studio.card(prompt)).toHaveAttribute("data-state", "ready", { timeout: 90_000 });

  const tasks = await sim.tasksFor(prompt);
  expect(tasks, "the provider made one task").toHaveLength(1);
  const taskId = String(tasks[0]!.id);
  expect(await sim.taskReads(taskId), "reads of the task at the provider").toEqual(["retrieve"]);
});
