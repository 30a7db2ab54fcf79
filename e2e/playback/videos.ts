import type { Locator, Page, TestInfo } from "@playwright/test";
import { expect as baseExpect, test as base } from "../fixtures";
import { AuthPages } from "../pages/auth-pages";
import { StudioPage } from "../pages/studio-page";

// These tests make several real videos each on a machine that may be busy: generous waits for
// visible states (never sleeps).
export const expect = baseExpect.configure({ timeout: 30_000 });

/** A new user, signed up and in their studio. */
export const test = base.extend<{ studio: StudioPage }>({
  studio: async ({ page, newUser }, use) => {
    test.setTimeout(240_000);
    await new AuthPages(page).signUp(newUser);
    await expect(page).toHaveURL(/\/studio/, { timeout: 90_000 });
    await use(new StudioPage(page));
  },
});

/**
 * Makes playable videos through the create form, one per prompt, tall (9:16) so a few of them
 * fill more than a screen; returns their cards, newest first as the gallery shows them.
 */
export async function makeVideos(studio: StudioPage, prompts: string[]): Promise<Locator[]> {
  for (const prompt of prompts) await studio.create(prompt, { aspectRatio: "9:16" });
  const cards = prompts.map((p) => studio.card(p));
  for (const card of cards) await expect(card).toHaveAttribute("data-state", "ready", { timeout: 60_000 });
  return cards.reverse();
}

export const isPhone = (testInfo: TestInfo) => testInfo.project.name === "phone";

/** A single tap on a phone, a click elsewhere: what a person does to press it. */
export async function press(target: Locator, testInfo: TestInfo) {
  if (isPhone(testInfo)) await target.tap();
  else await target.click();
}

/** The id of the gallery card that holds keyboard focus, or null. */
export const focusedCardId = (page: Page) =>
  page.evaluate(
    () => document.activeElement?.closest<HTMLElement>('[data-testid="generation-card"]')?.dataset.id ?? null,
  );

export const videoState = (video: Locator) =>
  video.evaluate((v: HTMLVideoElement) => ({ paused: v.paused, time: v.currentTime, muted: v.muted }));

/** Proves a video is really playing: not paused, and its time moving (the demo clips loop, so on or around). */
export async function expectPlaying(video: Locator) {
  await expect.poll(async () => (await videoState(video)).paused).toBe(false);
  const start = (await videoState(video)).time;
  await expect.poll(async () => Math.abs((await videoState(video)).time - start)).toBeGreaterThan(0.1);
}

export { expectAxeClean } from "../support/axe";
