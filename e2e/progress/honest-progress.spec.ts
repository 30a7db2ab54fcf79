import AxeBuilder from "@axe-core/playwright";
import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test as base } from "../fixtures";
import { AuthPages } from "../pages/auth-pages";
import { StudioPage } from "../pages/studio-page";
import { generationByPrompt, SimulatorControl } from "../support/simulator";

/**
 * The queue tells the truth about where each video stands (on the production build, against the
 * demo simulator: 3 s tasks, `[sim:slow]` ones take 9 s, its token's slots set through /__sim/config),
 * and its
 * time estimates are ranges learnt from the studio's own finished videos.
 */
const test = base.extend<{ studioOf: { studio: StudioPage; sim: SimulatorControl } }>({
  // As the shared `signedIn`, but waiting as long as a sign-up takes on a loaded machine (argon2).
  studioOf: async ({ page, newUser, baseURL }, use) => {
    await new AuthPages(page).signUp(newUser);
    await expect(page).toHaveURL(/\/studio/, { timeout: 60_000 });
    await use({
      studio: new StudioPage(page),
      sim: new SimulatorControl(page.request, `${baseURL}/api/simulator`),
    });
  },
});
test.describe.configure({ timeout: 180_000 });

async function expectAxeClean(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help}`),
    `axe on ${where}`,
  ).toEqual([]);
}

test("each generation shows its true step, waits as 'Queued (position N)', and its ETA is learnt from the studio's own videos", async ({
  page,
  baseURL,
  studioOf: { studio },
}) => {
  const tag = randomBytes(3).toString("hex");
  const prompts = Array.from({ length: 5 }, (_, i) => `Progress ${tag} ${i + 1}: paper boats on a pond`);
  // The token takes one task at a time for now: the second is refused (429) and waits in line,
  // however slowly this machine submits.
  const config = (maxInFlight: number) =>
    page.request.post(`${baseURL}/api/simulator/__sim/config`, { data: { maxInFlight } });
  await config(1);
  try {
    await studio.create(`${prompts[0]} [sim:slow]`);
    await studio.create(prompts[1]!);
    const queue = page.getByTestId("in-progress");
    const waiting = queue.getByTestId("queue-item").filter({ hasText: prompts[1]! });
    await expect(waiting.getByTestId("state-badge")).toHaveText(/^Queued \(position [12]\)$/, {
      timeout: 30_000,
    });
    await expect(waiting.getByTestId("remaining")).toHaveText("waiting for a free slot");
  } finally {
    await config(5);
  }
  // No history yet: the provider's typical time (the demo simulator's), said as a range.
  const first = page.getByTestId("in-progress").getByTestId("queue-item").filter({ hasText: prompts[0]! });
  await expect(first.getByTestId("eta-typical")).toContainText(/^Usually .+ · Grok Imagine's typical time$/);
  await expect(first.getByTestId("remaining")).toHaveText(/left$|^almost done$|^taking longer than usual$/);
  await expect(first.getByTestId("remaining")).not.toHaveText(/\b[1-4] s left/);
  for (const prompt of prompts.slice(2)) await studio.create(prompt);
  for (const prompt of prompts)
    await expect(studio.card(prompt)).toHaveAttribute("data-state", "ready", { timeout: 120_000 });
  await expect(page.getByTestId("in-progress")).toHaveCount(0);

  // Five finished videos of this model, resolution and length: the next one's ETA is learnt from them.
  const next = `Progress ${tag} 6: paper boats at dusk [sim:slow]`;
  await studio.create(next);
  const learnt = page.getByTestId("queue-item").filter({ hasText: next }).getByTestId("eta-typical");
  await expect(learnt).toContainText(/^Usually .+ · from this studio's last 5 at 480p, 7–10 s$/, {
    timeout: 30_000,
  });
  await expect(studio.card(next)).toHaveAttribute("data-state", "ready", { timeout: 60_000 });
});

test("a task Grok keeps working on shows 'Generating', then 'taking longer than usual', then moves to 'Needs attention' with its reason", async ({
  page,
  baseURL,
  studioOf: { studio, sim },
}) => {
  const prompt = `Attention ${randomBytes(3).toString("hex")}: a storm at sea`;
  // Accepted, then never finished: the app's deadline (18 s on the e2e server) times it out.
  await sim.inject("task_never_finishes");
  await studio.create(prompt);
  const item = page.getByTestId("in-progress").getByTestId("queue-item").filter({ hasText: prompt });
  await expect(item.getByTestId("state-badge")).toHaveText("Generating", { timeout: 30_000 });
  await expect(item).toHaveAttribute("data-state", "running");
  // Past the slow end of the usual (the demo's 3–6 s): no countdown, the truth.
  await expect(item.getByTestId("remaining")).toHaveText("taking longer than usual", { timeout: 20_000 });
  await expect(item.getByRole("progressbar")).toHaveAttribute("aria-valuetext", "taking longer than usual");
  await expectAxeClean(page, "the queue");

  const attention = page.getByTestId("needs-attention");
  const failure = attention.getByTestId("queue-failure").filter({ hasText: prompt });
  await expect(failure).toBeVisible({ timeout: 60_000 });
  await expect(item).toHaveCount(0);
  const stored = await generationByPrompt(page.request, baseURL!, prompt);
  expect(stored?.state).toBe("timed_out");
  await expect(failure.getByTestId("failure-reason")).toHaveText(stored!.errorMessage!);
  await expect(failure.getByTestId("state-badge")).toHaveText("Timed out");
  await expect(attention.getByRole("heading", { name: /Needs attention \(1\)/ })).toBeVisible();
  // Grok still has the task: it may yet be made and charged, so no plain retry, and a question first.
  await expect(failure.getByTestId("try-again")).toHaveText("Make it again (may be charged twice)");
  await expectAxeClean(page, "needs attention");
  page.once("dialog", (dialog) => void dialog.dismiss());
  await failure.getByTestId("try-again").click();
  await expect(page).not.toHaveURL(/remix=/);

  await failure.getByTestId("dismiss-failure").click();
  await expect(attention).toHaveCount(0);
  await sim.clearFaults();
});

test("the model picker uses human names with what each is for, its speed and cost, and marks the recommended lengths", async ({
  page,
  studioOf: { studio },
}) => {
  await studio.openCreate();
  const model = page.getByLabel("Model", { exact: true });
  const names = await model.locator("option").allTextContents();
  expect(names).toHaveLength(6);
  for (const name of names) expect(name).not.toMatch(/reverse|official|\(/i);
  expect(names).toContain("Grok Imagine 1.5 Fast · lowest cost");

  await model.selectOption("grok-imagine-video-1.5-fast:reverse");
  await expect(page.getByTestId("model-description")).toContainText("16–30 seconds");
  await expect(page.getByTestId("model-speed")).toContainText("fast endpoint");
  await expect(page.getByTestId("model-cost")).toContainText("The cheapest");

  const ten = page.getByTestId("recommended-duration-10");
  await expect(page.getByTestId("recommended-durations")).toContainText("Most stable:");
  await expect(ten).toHaveAttribute("aria-pressed", "false");
  await ten.click();
  await expect(page.getByTestId("duration-value")).toHaveText("10 s");
  await expect(ten).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("duration")).toHaveAttribute("aria-valuetext", "10 seconds, recommended");

  // The official model says it is charged even when moderation refuses.
  await model.selectOption("grok-imagine-video:official");
  await expect(page.getByTestId("model-cost")).toContainText("charged even when moderation refuses");
  await expectAxeClean(page, "the model picker");
});
