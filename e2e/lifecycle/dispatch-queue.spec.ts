import { randomBytes } from "node:crypto";
import { expect, test } from "../fixtures";
import { generationByPrompt, usedSeconds } from "../support/simulator";

/**
 * One upstream token runs 5 tasks at once (the demo simulator answers a sixth with 429, as Ace
 * Data Cloud does). On the production build: a submit over the cap waits in line, told its place,
 * and runs when a slot frees; a 429 puts a generation back in line. Each is sent once.
 */
test.describe.configure({ timeout: 120_000 });

test("a sixth submit waits in line with its place, and runs when one of the five finishes", async ({
  page,
  signedIn: { studio, sim },
}) => {
  const tag = randomBytes(3).toString("hex");
  // Five slow ones hold every slot while the sixth is submitted.
  const prompts = Array.from(
    { length: 6 },
    (_, i) => `Line ${tag} ${i + 1}: lanterns on a river${i < 5 ? " [sim:slow]" : ""}`,
  );
  for (const prompt of prompts.slice(0, 5)) await studio.create(prompt);
  // The sixth: its toast is looked for from the click on (a toast leaves after a few seconds).
  await studio.submit(prompts[5]!);

  await expect(
    page
      .locator("[data-sonner-toast]")
      .filter({ hasText: /Queued · 1st in line/ })
      .first(),
  ).toBeVisible({
    timeout: 15_000,
  });
  const waiting = page.getByTestId("queue-item").filter({ hasText: prompts[5]! });
  await expect(waiting.getByTestId("queue-position")).toHaveText(
    "1st in line · starts when one of the 5 running finishes",
  );
  await expect(waiting.getByTestId("state-badge")).toHaveText("Queued (position 1)");

  for (const prompt of prompts)
    await expect(studio.card(prompt)).toHaveAttribute("data-state", "ready", { timeout: 90_000 });
  for (const prompt of prompts) expect(await sim.submitsFor(prompt)).toBe(1);
  const stats = await sim.stats();
  expect(stats.maxInFlight).toBeLessThanOrEqual(5);
  expect(stats.rateLimited).toBe(0);
});

test("a 429 puts the generation back in line; it is sent again later and arrives, made once", async ({
  page,
  baseURL,
  signedIn: { studio, sim },
}) => {
  const prompt = `Busy ${randomBytes(3).toString("hex")}: a kite over a field`;
  await sim.inject("rate_limited");
  await studio.create(prompt);
  await expect(
    page
      .locator("[data-sonner-toast]")
      .filter({ hasText: /Queued/ })
      .first(),
  ).toBeVisible({
    timeout: 15_000,
  });
  await expect
    .poll(async () => (await generationByPrompt(page.request, baseURL!, prompt))?.state, { timeout: 60_000 })
    .toBe("ready");
  // Refused once (nothing made), sent again once, and one video made and charged.
  expect(await sim.submitsFor(prompt)).toBe(2);
  expect(await sim.tasksFor(prompt)).toHaveLength(1);
  expect(await usedSeconds(page.request, baseURL!)).toBe(8);
  await sim.clearFaults();
});
