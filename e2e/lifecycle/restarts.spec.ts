import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { AuthPages } from "../pages/auth-pages";
import { StudioPage } from "../pages/studio-page";
import {
  type AppServer,
  demoEnv,
  ensureSignedIn,
  loggedSubmits,
  pollingOnlyEnv,
  type SimulatorProcess,
  startAppServer,
  startSimulator,
  storedGeneration,
  waitForSettled,
} from "../support/app-server";
import { SimulatorControl, usedSeconds } from "../support/simulator";

/**
 * `kill -9` of the production server at the worst moments, then a restart on the same data:
 * every generation reaches a final state decided by the provider's own record, with no second
 * POST, and the seconds are given back only when the provider has no such task.
 * Server: 4 s submit timeout, 5 s grace, 30 s deadline.
 */
const SUBMIT_TIMEOUT_MS = 4_000;
const GRACE_MS = 5_000;
/** The reconciler's longest wait between two reads of a task (lib/generations/schedule.ts). */
const MAX_POLL_INTERVAL_MS = 15_000;

const attachLogsOnFailure = async (name: string, logs: () => string) => {
  if (test.info().status !== test.info().expectedStatus)
    await test.info().attach(name, { body: logs(), contentType: "text/plain" });
};

/** Polling only: a stand-alone simulator without callbacks, and no APP_URL. */
const polling = test.extend<{ sim: SimulatorProcess; app: AppServer; control: SimulatorControl }>({
  sim: async ({}, use) => {
    const sim = await startSimulator({
      token: `sim-${randomBytes(6).toString("hex")}`,
      noCallbacks: true,
      taskDurationMs: 3_000,
    });
    await use(sim);
    await attachLogsOnFailure("simulator.log", sim.logs);
    await sim.dispose();
  },
  app: async ({ sim }, use) => {
    const app = await startAppServer({ env: pollingOnlyEnv(sim), label: "restarts" });
    await use(app);
    await attachLogsOnFailure("app.log", app.logs);
    await app.dispose();
  },
  baseURL: async ({ app }, use) => use(app.url),
  control: async ({ page, sim }, use) => use(new SimulatorControl(page.request, sim.url)),
});

/** Demo mode: the simulator lives inside the app and keeps its tasks in DATA_DIR/simulator. */
const demo = test.extend<{ app: AppServer; control: SimulatorControl }>({
  app: async ({}, use) => {
    const app = await startAppServer({ env: demoEnv(10_000), label: "restarts-demo" });
    await use(app);
    await attachLogsOnFailure("app.log", app.logs);
    await app.dispose();
  },
  baseURL: async ({ app }, use) => use(app.url),
  control: async ({ page, app }, use) => use(new SimulatorControl(page.request, `${app.url}/api/simulator`)),
});

test.describe.configure({ timeout: 240_000 });

const toast = (page: Page, text: RegExp) =>
  page.locator("[data-sonner-toast]").filter({ hasText: text }).first();

async function signUp(page: Page, user: Parameters<AuthPages["signUp"]>[0]) {
  await new AuthPages(page).signUp(user);
  await expect(page).toHaveURL(/\/studio/);
}

const states = (page: Page, baseURL: string, prompts: string[]) =>
  Promise.all(prompts.map(async (p) => (await storedGeneration(page.request, baseURL, p))?.state));

polling(
  "kill -9 while a submit that will never be answered is in flight → after restart: failed/task_not_found, one POST, refunded",
  async ({ page, newUser, app, sim, control }) => {
    await signUp(page, newUser);
    const prompt = `Killed mid-submit, no task ${randomBytes(4).toString("hex")}: a kite over a field`;

    await control.inject("hang");
    await new StudioPage(page).submit(prompt);
    await expect.poll(() => control.submitsFor(prompt), { timeout: 10_000, intervals: [100] }).toBe(1);
    // The row was written before the call, and the call has left.
    const inFlight = await states(page, app.url, [prompt]);
    const [post] = (await loggedSubmits(page.request, sim.url)).filter((s) => s.prompt === prompt);
    const killedAt = Date.now();
    await app.kill9();
    // Otherwise this would test a lost answer, not a crash.
    expect(killedAt - post!.time, "killed before the submit's own timeout").toBeLessThan(SUBMIT_TIMEOUT_MS);
    expect(inFlight).toEqual(["queued"]);

    await app.restart();
    await ensureSignedIn(page, app.url, newUser);

    const settled = await waitForSettled(page.request, app.url, prompt, 150_000);
    expect(settled.state, `states seen: ${settled.seen.join(" → ")}`).toBe("failed");
    expect(settled.errorCode).toBe("task_not_found");
    expect(settled.errorMessage).toMatch(/no record of this video/);
    expect(await control.submitsFor(prompt)).toBe(1);
    expect(await control.tasksFor(prompt)).toHaveLength(0);
    expect(await usedSeconds(page.request, app.url)).toBe(0);
  },
);

polling(
  "kill -9 while three accepted submits wait for their answers → after restart: all three ready, one POST each, 24 s counted",
  async ({ page, newUser, app, sim, control }) => {
    await signUp(page, newUser);
    const tag = randomBytes(4).toString("hex");
    const prompts = [1, 2, 3].map((n) => `Killed after acceptance ${tag} #${n}: a paper boat on a pond`);

    // One tab per submit: a tab's Generate button is busy while its own submit waits.
    const tabs = [page, await page.context().newPage(), await page.context().newPage()];
    for (const tab of tabs.slice(1)) await tab.goto("/studio");
    for (const [i, tab] of tabs.entries()) await new StudioPage(tab).fill(prompts[i]!);

    await control.inject("accept_then_hang", { times: 3 });
    await Promise.all(tabs.map((tab) => tab.getByTestId("generate").click()));
    await expect
      .poll(async () => (await Promise.all(prompts.map((p) => control.tasksFor(p)))).map((t) => t.length), {
        timeout: 10_000,
        intervals: [100],
      })
      .toEqual([1, 1, 1]);
    const inFlight = await states(page, app.url, prompts);
    const firstPostAt = Math.min(
      ...(await loggedSubmits(page.request, sim.url))
        .filter((s) => prompts.includes(s.prompt!))
        .map((s) => s.time),
    );
    const killedAt = Date.now();
    await app.kill9();
    // Otherwise this would test a lost answer, not a crash.
    expect(killedAt - firstPostAt, "killed before the first submit's own timeout").toBeLessThan(
      SUBMIT_TIMEOUT_MS,
    );
    expect(inFlight, "rows written before the calls, still waiting for their answers").toEqual([
      "queued",
      "queued",
      "queued",
    ]);

    await app.restart();
    await ensureSignedIn(page, app.url, newUser);

    const settled = await Promise.all(prompts.map((p) => waitForSettled(page.request, app.url, p, 150_000)));
    for (const g of settled) {
      expect(
        g.state,
        `${g.prompt}: states seen ${g.seen.join(" → ")}, ${g.errorCode}: ${g.errorMessage}`,
      ).toBe("ready");
      expect(g.errorCode).toBeNull();
    }
    for (const p of prompts) expect(await control.submitsFor(p), p).toBe(1);
    expect(
      (await loggedSubmits(page.request, sim.url)).filter((s) => prompts.includes(s.prompt!)),
      "POSTs in total",
    ).toHaveLength(3);
    expect(await usedSeconds(page.request, app.url)).toBe(24);
  },
);

demo(
  "demo mode: kill -9 mid-generation resumes from the simulator's kept tasks; a task the provider forgot is failed and refunded",
  async ({ page, newUser, app, control }) => {
    await signUp(page, newUser);
    const studio = new StudioPage(page);
    const tag = randomBytes(4).toString("hex");
    const [a, b, c, d] = ["a red balloon", "a slow river", "a clock tower", "a night train"].map(
      (what) => `Demo restart ${tag}: ${what}`,
    ) as [string, string, string, string];
    const tasksFile = path.join(app.dataDir, "simulator", "tasks.jsonl");
    const accepted = (prompt: string) =>
      expect
        .poll(async () => (await storedGeneration(page.request, app.url, prompt))?.state, { timeout: 15_000 })
        .toMatch(/^(submitted|running)$/);

    // 1. Two videos under way (each takes 10 s), then the server dies.
    await studio.submit(a);
    await expect(toast(page, /Generating your video/)).toBeVisible({ timeout: 15_000 });
    await accepted(a);
    await studio.submit(b);
    await accepted(b);
    expect(readFileSync(tasksFile, "utf8"), "the demo simulator keeps its tasks on disk").toContain(b);
    const beforeKill = await states(page, app.url, [a, b]);
    await app.kill9();
    expect(beforeKill, "killed before either finished").not.toContain("ready");

    await app.restart();
    await ensureSignedIn(page, app.url, newUser);
    await page.reload();
    for (const p of [a, b]) {
      const g = await waitForSettled(page.request, app.url, p, 120_000);
      expect(g.state, `${p}: states seen ${g.seen.join(" → ")}, ${g.errorCode}: ${g.errorMessage}`).toBe(
        "ready",
      );
      // Resumed from the provider's record, never sent again.
      expect(await control.submitsFor(p), `${p} re-sent after the restart`).toBe(0);
    }
    expect(await usedSeconds(page.request, app.url)).toBe(16);

    // 2. One more under way; the server dies and the provider forgets the task.
    await studio.submit(c);
    await accepted(c);
    expect(readFileSync(tasksFile, "utf8")).toContain(c);
    await app.kill9();
    rmSync(tasksFile);
    expect(existsSync(tasksFile)).toBe(false);

    await app.restart();
    const restartedAt = Date.now();
    await ensureSignedIn(page, app.url, newUser);
    // Watched from now on, so the time it takes to settle is measured, not the steps below.
    const watching = waitForSettled(page.request, app.url, c, 120_000).then(
      (g) => ({ g, settledAfterMs: Date.now() - restartedAt }),
      (error: unknown) => ({ error }),
    );
    expect(await control.tasksFor(c), "the restarted provider has no record of it").toHaveLength(0);
    await page.goto("/studio");

    // A new submit meanwhile is accepted as usual.
    await studio.submit(d);
    await expect(toast(page, /Generating your video/)).toBeVisible({ timeout: 15_000 });
    await expect(page.locator("[data-sonner-toast][data-type=error]")).toHaveCount(0);

    const watched = await watching;
    if ("error" in watched) throw watched.error;
    const { g: forgotten, settledAfterMs } = watched;
    test.info().annotations.push({
      type: "forgotten task settled",
      description: `${(settledAfterMs / 1000).toFixed(1)} s after the restart; states seen: ${forgotten.seen.join(" → ")}`,
    });
    expect(forgotten.state, `states seen: ${forgotten.seen.join(" → ")}`).toBe("failed");
    expect(forgotten.errorCode).toBe("task_not_found");
    expect(forgotten.errorMessage).toMatch(/no record of this video/);
    expect(settledAfterMs, "settled within about the grace plus a poll interval").toBeLessThan(
      GRACE_MS + MAX_POLL_INTERVAL_MS + 10_000,
    );
    expect(await control.submitsFor(c), "the forgotten one is never re-sent").toBe(0);

    const fresh = await waitForSettled(page.request, app.url, d, 120_000);
    expect(
      fresh.state,
      `${d}: states seen ${fresh.seen.join(" → ")}, ${fresh.errorCode}: ${fresh.errorMessage}`,
    ).toBe("ready");
    expect(await control.submitsFor(d)).toBe(1);
    // a, b and d counted; c given back.
    expect(await usedSeconds(page.request, app.url)).toBe(24);
  },
);
