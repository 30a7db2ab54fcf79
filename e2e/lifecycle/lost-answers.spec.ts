import { randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { AuthPages } from "../pages/auth-pages";
import { StudioPage } from "../pages/studio-page";
import {
  type AppServer,
  pollingOnlyEnv,
  type SimulatorProcess,
  startAppServer,
  startSimulator,
  waitForSettled,
} from "../support/app-server";
import { SimulatorControl, usedSeconds } from "../support/simulator";

/**
 * Submits whose answer is lost, against the production build talking to a stand-alone simulator
 * that sends no callbacks, with no APP_URL: the app learns everything by polling, and settles a
 * lost answer only by what the provider's own task list says. Never a second POST.
 * Server: 4 s submit timeout (unless a test sets `submitTimeoutSeconds`), 5 s grace, 30 s deadline.
 * Simulator tasks take 3 s.
 */
const it = test.extend<{
  submitTimeoutSeconds: number;
  sim: SimulatorProcess;
  app: AppServer;
  control: SimulatorControl;
}>({
  submitTimeoutSeconds: [4, { option: true }],
  sim: async ({}, use) => {
    const sim = await startSimulator({
      token: `sim-${randomBytes(6).toString("hex")}`,
      noCallbacks: true,
      taskDurationMs: 3_000,
    });
    await use(sim);
    if (test.info().status !== test.info().expectedStatus)
      await test.info().attach("simulator.log", { body: sim.logs(), contentType: "text/plain" });
    await sim.dispose();
  },
  app: async ({ sim, submitTimeoutSeconds }, use) => {
    const env = { ...pollingOnlyEnv(sim), ACEDATA_SUBMIT_TIMEOUT_SECONDS: String(submitTimeoutSeconds) };
    const app = await startAppServer({ env, label: "lost-answers" });
    await use(app);
    if (test.info().status !== test.info().expectedStatus)
      await test.info().attach("app.log", { body: app.logs(), contentType: "text/plain" });
    await app.dispose();
  },
  baseURL: async ({ app }, use) => use(app.url),
  control: async ({ page, sim }, use) => use(new SimulatorControl(page.request, sim.url)),
});

it.describe.configure({ timeout: 150_000 });

const toast = (page: Page, text: RegExp) =>
  page.locator("[data-sonner-toast]").filter({ hasText: text }).first();

async function signUp(page: Page, user: Parameters<AuthPages["signUp"]>[0]) {
  await new AuthPages(page).signUp(user);
  await expect(page).toHaveURL(/\/studio/);
}

it("accepted then silent: unknown while checking, then ready — one POST, 8 s counted", async ({
  page,
  newUser,
  app,
  control,
}) => {
  await signUp(page, newUser);
  const prompt = `Lost answer, task made ${randomBytes(4).toString("hex")}: a heron at dawn`;

  await control.inject("accept_then_hang");
  await new StudioPage(page).submit(prompt);
  await expect(toast(page, /Checking with Grok/)).toBeVisible({ timeout: 15_000 });
  const item = page.getByTestId("queue-item").filter({ hasText: prompt });
  await expect(item).toHaveAttribute("data-state", "unknown");
  await expect(item.getByTestId("checking")).toContainText("Checking with Grok");
  expect(await control.tasksFor(prompt), "the provider made the task").toHaveLength(1);

  const settled = await waitForSettled(page.request, app.url, prompt);
  expect(settled.state, `states seen: ${settled.seen.join(" → ")}`).toBe("ready");
  expect(settled.errorCode).toBeNull();
  expect(await control.submitsFor(prompt)).toBe(1);
  expect(await control.tasksFor(prompt)).toHaveLength(1);
  expect(await usedSeconds(page.request, app.url)).toBe(8);
});

it("never answered and no task made: unknown, then failed/task_not_found — one POST, refunded", async ({
  page,
  newUser,
  app,
  control,
}) => {
  await signUp(page, newUser);
  const prompt = `Lost answer, no task ${randomBytes(4).toString("hex")}: a lighthouse in fog`;

  await control.inject("hang");
  await new StudioPage(page).submit(prompt);
  await expect(toast(page, /Checking with Grok/)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId("queue-item").filter({ hasText: prompt })).toHaveAttribute(
    "data-state",
    "unknown",
  );

  const settled = await waitForSettled(page.request, app.url, prompt);
  expect(settled.state, `states seen: ${settled.seen.join(" → ")}`).toBe("failed");
  expect(settled.errorCode).toBe("task_not_found");
  expect(settled.errorMessage).toMatch(/no record of this video/);
  // The creator reads the same reason, in a card that stays until dismissed.
  const card = page.getByTestId("queue-failure").filter({ hasText: prompt });
  await expect(card.getByTestId("failure-reason")).toHaveText(settled.errorMessage!);

  expect(await control.submitsFor(prompt)).toBe(1);
  expect(await control.tasksFor(prompt)).toHaveLength(0);
  expect(await usedSeconds(page.request, app.url)).toBe(0);
});

it.describe("with a submit that waits 12 s for its answer", () => {
  // A second tab must open and click Cancel while the first tab's submit still waits. With 4 s a
  // loaded CI machine saw the row turn "unknown" (no Cancel) before the click landed.
  it.use({ submitTimeoutSeconds: 12 });

  it("Cancel while the request is in flight is refused with the reason; the video still arrives and is paid", async ({
    page,
    newUser,
    app,
    control,
  }) => {
    await signUp(page, newUser);
    const prompt = `Cancel in flight ${randomBytes(4).toString("hex")}: a fox in snow`;

    await control.inject("accept_then_hang");
    await new StudioPage(page).submit(prompt);
    // Watched from now on: the first tab's "Checking with Grok" comes 12 s after the submit and, once
    // the task is found, gives way to the outcome — on a loaded machine, while the second tab below
    // is still cancelling.
    const checking = expect(toast(page, /Checking with Grok/)).toBeVisible({ timeout: 45_000 });
    checking.catch(() => undefined); // awaited below; a failure above must not leave it unhandled
    // The request has left: the simulator has it (and, with this fault, made the task).
    await expect.poll(() => control.submitsFor(prompt), { timeout: 10_000, intervals: [100] }).toBe(1);

    // A second tab of the same signed-in browser sees the row, still queued while the first tab's
    // submit waits for its answer (12 s), and offers Cancel.
    const other = await page.context().newPage();
    await other.goto("/studio");
    const item = other.getByTestId("queue-item").filter({ hasText: prompt });
    await expect(
      item,
      'still queued while its submit waits ("unknown": this tab came after the 12 s timeout)',
    ).toHaveAttribute("data-state", "queued", { timeout: 3_000 });
    await item.getByRole("button", { name: "Cancel" }).click();
    await expect(toast(other, /already been sent to Grok/)).toBeVisible();
    await expect(toast(other, /Canceled before it was sent/)).toHaveCount(0);

    await checking;
    const settled = await waitForSettled(page.request, app.url, prompt);
    expect(settled.state, `states seen: ${settled.seen.join(" → ")}`).toBe("ready");
    expect(settled.seen).not.toContain("canceled");
    expect(settled.errorCode).toBeNull();
    expect(await control.submitsFor(prompt)).toBe(1);
    expect(await usedSeconds(page.request, app.url)).toBe(8);
  });
});
