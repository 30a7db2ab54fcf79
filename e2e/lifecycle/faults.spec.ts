import { randomBytes } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { generationByPrompt, READ, usedSeconds } from "../support/simulator";

/**
 * Two representative ways a submit goes wrong, through the UI of the production build (`next build`
 * + `next start`, instrumentation, job engine and callbacks on): a refusal, and an answer lost after
 * the provider made the task. Every other fault is proven in-process, against the same lifecycle
 * code and simulator, by lib/generations/submit-faults.int.test.ts. Then a copy into our storage
 * that fails while the provider's file host is down, as the creator sees it.
 * The server waits 4 s for a submit's answer; the demo simulator's tasks take 3 s unless set.
 */
test.describe.configure({ timeout: 90_000 });

const toast = (page: Page, text: RegExp) =>
  page.locator("[data-sonner-toast]").filter({ hasText: text }).first();

/** Sets how long the demo simulator's new tasks take; returns the duration it had. */
async function setTaskDuration(request: APIRequestContext, baseURL: string, ms: number): Promise<number> {
  const url = `${baseURL}/api/simulator/__sim/config`;
  const { config } = (await (await request.get(url, READ)).json()) as { config: { taskDurationMs: number } };
  const response = await request.post(url, { data: { taskDurationMs: ms } });
  expect(response.ok(), await response.text()).toBe(true);
  return config.taskDurationMs;
}

test("a refused submit (content moderation) ends rejected/forbidden, told plainly, sent once, nothing charged", async ({
  page,
  baseURL,
  signedIn: { studio, sim },
}) => {
  const prompt = `Fault forbidden ${randomBytes(4).toString("hex")}: a kite over a field`;

  await sim.inject("forbidden");
  await studio.submit(prompt);
  await expect(toast(page, /content moderation/)).toBeVisible({ timeout: 15_000 });

  await expect
    .poll(async () => (await generationByPrompt(page.request, baseURL!, prompt))?.state, { timeout: 60_000 })
    .toBe("rejected");
  const stored = (await generationByPrompt(page.request, baseURL!, prompt))!;
  expect(stored.errorCode).toBe("forbidden");
  expect(stored.errorMessage).toMatch(/Try rewording it/);
  // Plain words: no HTTP status, no internal code names, no "internal".
  expect(stored.errorMessage).not.toMatch(/HTTP|\b[45]\d\d\b|_|internal|Grok \w+ \(/);

  // The creator sees why, in a card that stays until dismissed.
  const card = page.getByTestId("queue-failure").filter({ hasText: prompt });
  await expect(card.getByTestId("failure-reason")).toHaveText(stored.errorMessage!);
  await expect(card.getByTestId("try-again")).toBeVisible();

  expect(await sim.submitsFor(prompt)).toBe(1);
  expect(await usedSeconds(page.request, baseURL!)).toBe(0);
  await sim.clearFaults();
});

test("a lost answer whose task exists: checking with Grok, then matched and ready — one POST, no refund", async ({
  page,
  baseURL,
  signedIn: { studio, sim },
}) => {
  const prompt = `Lost answer accept_then_hang ${randomBytes(4).toString("hex")}: a heron at dawn`;
  // The task outlasts the submit's 4 s wait, so the answer is certainly lost before the task ends.
  const usual = await setTaskDuration(page.request, baseURL!, 10_000);
  try {
    await sim.inject("accept_then_hang");
    await studio.submit(prompt);
    await expect(toast(page, /Checking with Grok/)).toBeVisible({ timeout: 15_000 });
    await expect(toast(page, /Checking with Grok/)).toContainText(/not be sent twice/);
    const item = page.getByTestId("queue-item").filter({ hasText: prompt });
    await expect(item).toHaveAttribute("data-state", "unknown");
    await expect(item.getByTestId("checking")).toContainText("Checking with Grok");
    expect(await sim.tasksFor(prompt), "the provider made the task").toHaveLength(1);

    await expect
      .poll(async () => (await generationByPrompt(page.request, baseURL!, prompt))?.state, {
        timeout: 60_000,
      })
      .toBe("ready");
    expect((await generationByPrompt(page.request, baseURL!, prompt))!.errorCode).toBeNull();
    await expect(page.getByTestId("queue-failure").filter({ hasText: prompt })).toHaveCount(0);
    expect(await sim.submitsFor(prompt)).toBe(1);
    expect(await sim.tasksFor(prompt)).toHaveLength(1);
    expect(await usedSeconds(page.request, baseURL!)).toBe(8);
  } finally {
    await setTaskDuration(page.request, baseURL!, usual);
  }
});

test("a copy that keeps failing says so as it happens — attempt, reason, next try — and Try now saves it", async ({
  page,
  baseURL,
  signedIn: { studio, sim },
}) => {
  const prompt = `Copy fails ${randomBytes(4).toString("hex")}: rain on a tin roof`;
  // The provider's file host answers 500 to every download until the faults are cleared.
  await sim.inject("server_error", { path: "/media", times: 1_000 });
  try {
    await studio.submit(prompt);
    await expect
      .poll(async () => (await generationByPrompt(page.request, baseURL!, prompt))?.copyRetry?.failed ?? 0, {
        timeout: 60_000,
      })
      .toBeGreaterThanOrEqual(1);
    const stored = (await generationByPrompt(page.request, baseURL!, prompt))!;
    expect(stored).toMatchObject({ state: "succeeded", saved: "saving" });

    // The card and the video page tell a failing copy from a slow one, with the reason.
    const card = studio.card(prompt);
    await expect(card.getByTestId("state-badge")).toContainText(/Not saved yet · attempt [1-3] of 8 failed/, {
      timeout: 15_000,
    });
    await page.goto(`${baseURL}/g/${stored.id}`);
    await expect(page.getByTestId("copy-retry")).toHaveText(
      /^Attempt [1-3] of 8 failed: The provider's file host answered 500; next try (within \d+ (s|min)|any moment now)\.$/,
    );

    // The file host is back: the creator does not wait for the next try.
    await sim.clearFaults();
    await page.getByTestId("copy-now").click();
    await expect(page.getByTestId("saved-status")).toHaveCount(0, { timeout: 30_000 });
    expect((await generationByPrompt(page.request, baseURL!, prompt))!.saved).toBe("stored");
  } finally {
    await sim.clearFaults();
  }
});
