import { randomBytes } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../fixtures";
import { ONE_LAYOUT } from "../support/layouts";
import { ComparePage } from "../pages/compare-page";
import { StudioPage } from "../pages/studio-page";

/**
 * Side by side, on the production build: four videos of one ×4 batch, picked in the gallery, play,
 * pause and seek together, and stay within one frame (1/24 s) of each other by their currentTime.
 */
test.describe.configure({ timeout: 180_000 });

const FRAME = 1 / 24;

test("four videos picked in the gallery play, pause and seek together within one frame", async ({
  page,
  newUser,
}) => {
  // Signing up waits as long as a loaded machine needs (the fixture's 10 s is not always enough).
  const studio = await StudioPage.signUp(page, newUser);
  const prompt = `Compare ${randomBytes(3).toString("hex")}: paper lanterns rising over a lake`;
  await studio.fill(prompt);
  await page.getByTestId("batch-4").click();
  await expect(page.getByTestId("generate")).toHaveText("Generate 4 · 32 s");
  await page.getByTestId("generate").click();
  const cards = studio.card(prompt);
  await expect(cards).toHaveCount(4, { timeout: 30_000 });
  for (let i = 0; i < 4; i++)
    await expect(cards.nth(i)).toHaveAttribute("data-state", "ready", { timeout: 90_000 });
  const ids = await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-id")!));

  // A finished batch's label opens the batch side by side, in batch order.
  const batchHref = await cards.first().getByTestId("batch-label").getAttribute("href");
  expect(batchHref).toMatch(/^\/compare\?ids=([^,]+,){3}[^,]+$/);
  expect(new Set(batchHref!.slice("/compare?ids=".length).split(","))).toEqual(new Set(ids));

  // In the gallery: Compare says why it cannot yet, then opens the four picked.
  await page.getByTestId("select-mode").click();
  const compareButton = page.getByTestId("bulk-compare");
  await cards.nth(0).getByTestId("select-card").click();
  await expect(page.getByTestId("bulk-count")).toHaveText("1 selected");
  await expect(compareButton).toHaveAttribute("aria-disabled", "true");
  await expect(compareButton).toHaveAccessibleDescription(
    "Select 2 to 4 videos to compare them (1 selected).",
  );
  // aria-disabled, not disabled: a tap still reaches it and shows the reason (Playwright would wait for "enabled").
  await compareButton.click({ force: true });
  await expect(page.getByText("Select 2 to 4 videos to compare them (1 selected).").first()).toBeVisible();
  await expect(page).toHaveURL(/\/studio/);
  for (let i = 1; i < 4; i++) await cards.nth(i).getByTestId("select-card").click();
  await expect(page.getByTestId("bulk-count")).toHaveText("4 selected");
  await page.getByTestId("bulk-bar").screenshot({ path: test.info().outputPath("bulk-bar.png") });
  await compareButton.click();
  await expect(page).toHaveURL(`/compare?ids=${ids.join(",")}`);

  const compare = new ComparePage(page);
  await expect(compare.videos).toHaveCount(4);
  await expect(compare.tiles.getByTestId("compare-model")).toHaveText(Array(4).fill("Grok Imagine"));
  await expect(compare.tiles.getByTestId("compare-settings")).toHaveText(Array(4).fill("16:9 · 480p · 8 s"));
  await expect(compare.tiles.getByTestId("compare-prompt")).toHaveText(Array(4).fill(prompt));
  await expect(compare.tiles.getByTestId("compare-creator")).toHaveText(Array(4).fill(newUser.name));
  for (const [i, id] of ids.entries())
    await expect(compare.tiles.nth(i).getByTestId("compare-open")).toHaveAttribute("href", `/g/${id}`);

  // A "ready" toast from the studio may still be fading out (the phone keeps its motion): half
  // transparent on its way out, it is not content to check for contrast.
  const axe = await new AxeBuilder({ page }).exclude('[data-sonner-toast][data-removed="true"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);

  // The pointer still rests where Compare was clicked, at the bottom, where "ready" toasts stack:
  // a toast under the pointer never times out (Sonner pauses on hover). Move it away, let them go.
  await page.mouse.move(0, 0);
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0, { timeout: 20_000 });
  // All four play: data to show, and every clock moving.
  await compare.playButton.click();
  await compare.expectState("playing");
  await expect
    .poll(async () => Math.min(...(await compare.clock()).readyStates), { timeout: 20_000 })
    .toBeGreaterThanOrEqual(2);
  await expect
    .poll(async () => Math.min(...(await compare.clock()).times), { timeout: 20_000 })
    .toBeGreaterThan(0.5);

  // Paused, all stop. Only the frame loop plays videos on its own while the group is paused: once
  // the page has drawn frames since, nothing moves.
  await compare.playButton.click();
  await compare.expectState("paused");
  const stopped = await compare.clock();
  expect(stopped.paused).toEqual([true, true, true, true]);
  await compare.countEvents();
  await compare.framesDrawn();
  expect((await compare.clock()).times).toEqual(stopped.times);

  // Seeking with the shared slider puts every video on the same frame, still paused once it has
  // landed (the player looks again on `seeked`).
  await compare.seekTo(2.5);
  await expect(page.getByTestId("compare-time")).toHaveText("0:02.5 / 0:08.0");
  await expect.poll(async () => (await compare.events()).every((e) => e.seeked > 0)).toBe(true);
  await compare.framesDrawn();
  let clock = await compare.clock();
  expect(clock.paused).toEqual([true, true, true, true]);
  expect(clock.spread).toBeLessThan(FRAME);
  for (const t of clock.times) expect(t).toBeCloseTo(2.5, 2);

  // The keyboard: → a second, Shift+← a frame back.
  await compare.slider.focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Shift+ArrowLeft");
  clock = await compare.clock();
  expect(clock.spread).toBeLessThan(FRAME);
  for (const t of clock.times) expect(t).toBeCloseTo(3.5 - FRAME, 2);
  await expect(page.getByTestId("compare-time")).toHaveText("0:03.5 / 0:08.0");

  if (test.info().project.name === "desktop") await page.setViewportSize({ width: 1440, height: 900 });
  const shot = test.info().outputPath(`compare-${test.info().project.name}.png`);
  await page.screenshot({ path: shot });
  // Nothing started them while paused: not the seeks, the keys or the resize.
  expect((await compare.events()).map((e) => e.play)).toEqual([0, 0, 0, 0]);

  // Space plays them together from there; once every one has played a second, they are still one frame apart.
  await page.keyboard.press("Space");
  await compare.expectState("playing");
  await expect
    .poll(async () => Math.min(...(await compare.clock()).times), { timeout: 20_000 })
    .toBeGreaterThan(3.5 + 1);
  clock = await compare.clock();
  expect(clock.paused).toEqual([false, false, false, false]);
  // Playing, each video's clock runs on its own and the page pulls strays back: one reading on a
  // loaded machine can catch a stray before it is pulled back (0.043 s once), so the readings must
  // come back within a frame, not any single one.
  await expect.poll(async () => (await compare.clock()).spread, { timeout: 5_000 }).toBeLessThan(FRAME);

  // Pause stops every one of them, for good once the page has drawn frames since.
  await compare.playButton.click();
  await compare.expectState("paused");
  const paused = await compare.clock();
  expect(paused.paused).toEqual([true, true, true, true]);
  expect(paused.spread).toBeLessThan(FRAME);
  await compare.countEvents();
  await compare.framesDrawn();
  expect((await compare.clock()).times).toEqual(paused.times);
  expect((await compare.events()).map((e) => e.play)).toEqual([0, 0, 0, 0]);

  // Pick this one: B is the chosen take (marked here and on its card); the other three go to the
  // trash in one step, with an Undo.
  const picks = compare.tiles.getByTestId("compare-pick");
  await picks.nth(1).click();
  await expect(picks.nth(1)).toHaveAttribute("aria-pressed", "true");
  await expect(compare.tiles.nth(1)).toHaveAttribute("data-picked", "true");
  await expect(page.getByTestId("compare-decision")).toContainText("B is the pick");
  // Picking another moves the mark: one pick per set.
  await picks.nth(2).click();
  await expect(picks.nth(1)).toHaveAttribute("aria-pressed", "false");
  await picks.nth(1).click();
  await expect(picks.nth(2)).toHaveAttribute("aria-pressed", "false");
  await page.getByTestId("compare-trash-others").click();
  await expect(page.getByTestId("compare-decision")).toContainText("B is the pick; 3 sent to the trash.");
  await page.goto("/studio");
  await expect(studio.card(prompt)).toHaveCount(1);
  await expect(studio.card(prompt).getByTestId("card-picked")).toBeVisible();
  await expect(studio.card(prompt)).toHaveAttribute("data-id", ids[1]!);
});

test(
  "the compare page refuses one video, too many, and another workspace's videos",
  ONE_LAYOUT,
  async ({ page, browser, baseURL, newUser }) => {
    const studio = await StudioPage.signUp(page, newUser);
    const prompt = `Mine ${randomBytes(3).toString("hex")}: a red kite over dunes`;
    await studio.fill(prompt, { durationSec: 2 });
    await page.getByTestId("batch-2").click();
    await page.getByTestId("generate").click();
    const cards = studio.card(prompt);
    await expect(cards).toHaveCount(2, { timeout: 30_000 });
    for (let i = 0; i < 2; i++)
      await expect(cards.nth(i)).toHaveAttribute("data-state", "ready", { timeout: 90_000 });
    const [a, b] = await cards.evaluateAll((els) => els.map((e) => e.getAttribute("data-id")!));

    const problem = page.getByTestId("compare-problem-message");
    await page.goto(`/compare?ids=${a}`);
    await expect(problem).toHaveText("Pick 2 to 4 videos to compare (you picked 1).");
    await page.goto(`/compare?ids=${[a, b, a, b, a].join(",")}`);
    await expect(problem).toHaveText("Pick 2 to 4 videos to compare (you picked 5).");
    await page.goto(`/compare?ids=${a},${b}`);
    await expect(new ComparePage(page).videos).toHaveCount(2);

    // Someone else, signed in elsewhere, learns nothing about these two.
    const other = await browser.newContext({ baseURL });
    const stranger = await other.newPage();
    const id = randomBytes(4).toString("hex");
    await StudioPage.signUp(stranger, {
      name: `Eve ${id}`,
      email: `eve-${id}@example.test`,
      password: `pw-${id}-long-enough`,
    });
    await stranger.goto(`/compare?ids=${a},${b}`);
    await expect(stranger.getByTestId("compare-problem-message")).toHaveText(
      "None of these videos is in this workspace: they were deleted, or belong to another workspace.",
    );
    await expect(stranger.getByTestId("compare-video")).toHaveCount(0);
    await expect(stranger.getByText(prompt)).toHaveCount(0);
    await other.close();
  },
);
