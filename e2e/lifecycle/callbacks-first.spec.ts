import { randomBytes } from "node:crypto";
import { expect, test } from "../fixtures";
import { READ } from "../support/simulator";

/**
 * Callbacks first, polls as the safety net, on the production build: the suite's demo server has
 * APP_URL, so the simulator calls back when a task finishes (3 s here), and the first look at a
 * task waits for the provider's slow case plus a margin. A video made while the studio is open
 * (its tab asking our server for news all along) reaches "ready" with no poll of its task at the
 * provider: the one read is the re-read that confirms its callback (callbacks are unsigned, so the
 * body is only a hint; handle-callback.ts).
 */
test("a video whose callback arrives is never polled at the provider, only re-read once to confirm it", async ({
  page,
  baseURL,
  signedIn: { studio, sim },
}) => {
  const prompt = `Callbacks first ${randomBytes(4).toString("hex")}: kites over a beach`;
  await studio.submit(prompt);
  await expect(studio.card(prompt)).toHaveAttribute("data-state", "ready", { timeout: 90_000 });

  const tasks = await sim.tasksFor(prompt);
  expect(tasks, "the provider made one task").toHaveLength(1);
  const taskId = String(tasks[0]!.id);
  const log = (await (await page.request.get(`${baseURL}/api/simulator/__sim/requests`, READ)).json()) as {
    requests: Array<{ method: string; path: string; body: unknown }>;
  };
  // Every read of task state (one by id, or a batch naming it) that mentions this task.
  const reads = log.requests
    .map((r) => ({ path: r.path, body: r.body as { action?: unknown; id?: unknown; ids?: unknown } | null }))
    .filter(
      ({ path, body }) =>
        path.endsWith("/grok/tasks") &&
        (body?.id === taskId || (Array.isArray(body?.ids) && body.ids.map(String).includes(taskId))),
    )
    .map(({ body }) => body?.action);
  expect(reads, "reads of the task at the provider").toEqual(["retrieve"]);
});
