/**
 * Helpers for the share-link spec: browser contexts on the spec's own server (a laptop and a
 * Pixel 7 without any session), the studio's share dialog, and what a page or a media URL answers.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { devices, expect, type Browser, type Locator, type Page, type TestInfo } from "@playwright/test";

export async function laptop(browser: Browser, baseURL: string) {
  return browser.newContext({
    ...devices["Desktop Chrome"],
    viewport: { width: 1440, height: 900 },
    baseURL,
  });
}

/** A Pixel 7 as a stranger's phone: no cookies, touch, 412 px wide; `locale`, its language (Accept-Language). */
export async function pixel7(browser: Browser, baseURL: string, locale?: string) {
  const { defaultBrowserType: _unused, ...phone } = devices["Pixel 7"];
  return browser.newContext({ ...phone, baseURL, ...(locale ? { locale } : {}) });
}

/** Collects Content-Security-Policy violations a page reports (the share page must cause none). */
export async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  return violations;
}

export interface ShareChoices {
  expiry?: "never" | "1d" | "7d" | "30d";
  password?: string;
  download?: boolean;
  prompt?: boolean;
  /** Guest review: comments, and approve / request changes. */
  comments?: boolean;
  approval?: boolean;
  title?: string;
}

export interface DialogShots {
  form?: string;
  link?: string;
}

/** Fills the open share dialog, optionally shoots it, creates the link and returns its URL. */
export async function fillShareDialog(
  page: Page,
  choices: ShareChoices,
  shots: DialogShots = {},
): Promise<string> {
  const dialog = page.getByTestId("share-dialog");
  await expect(dialog).toBeVisible();
  if (choices.title) await dialog.getByLabel("Title (optional)").fill(choices.title);
  await dialog.getByTestId(`share-expiry-${choices.expiry ?? "7d"}`).check({ force: true });
  if (choices.password) await dialog.getByLabel("Password (optional)").fill(choices.password);
  if (choices.download) await dialog.getByTestId("share-allow-download").check();
  if (choices.prompt) await dialog.getByTestId("share-show-prompt").check();
  if (choices.comments) await dialog.getByTestId("share-allow-comments").check();
  if (choices.approval) await dialog.getByTestId("share-allow-approval").check();
  if (shots.form) await page.screenshot({ path: shots.form });
  await dialog.getByTestId("create-share-link").click();
  const url = await dialog.getByTestId("share-url").inputValue({ timeout: 30_000 });
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/s\/[A-Za-z0-9_-]{24}$/);
  if (shots.link) await page.screenshot({ path: shots.link });
  return url;
}

/** "Share link…" from a gallery card's More menu. */
export async function shareFromCard(page: Page, card: Locator, choices: ShareChoices, shots?: DialogShots) {
  await card.hover();
  await card.getByTestId("more-actions").click();
  await page.getByRole("menuitem", { name: "Share link…" }).click();
  const url = await fillShareDialog(page, choices, shots);
  await page.getByTestId("share-done").click();
  await expect(page.getByTestId("share-dialog")).toBeHidden();
  return url;
}

export const tokenOf = (url: string) => url.split("/s/")[1]!;

/** Proves a video element really plays: enough data to show frames, and its time moving. */
export async function expectPlaying(video: Locator) {
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(2);
  const start = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
  await expect
    .poll(async () => Math.abs((await video.evaluate((v: HTMLVideoElement) => v.currentTime)) - start), {
      timeout: 15_000,
    })
    .toBeGreaterThan(0.2);
}

export async function expectAxeClean(page: Page, testInfo: TestInfo, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  await testInfo.attach(`axe-${name}.json`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: "application/json",
  });
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    `axe on ${name}`,
  ).toEqual([]);
}

/** Where screenshots go: SCREENS_DIR when set (the task's /work/screens), else the test's output. */
export function screenshotPath(testInfo: TestInfo, name: string): string {
  const dir = process.env.SCREENS_DIR ?? testInfo.outputPath();
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

/** The page's meta tags by property or name. */
export const metaTags = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll("meta[property], meta[name]")].map((m) => [
        m.getAttribute("property") ?? m.getAttribute("name"),
        m.getAttribute("content"),
      ]),
    ),
  ) as Promise<Record<string, string>>;
