import type { Locator, Page } from "@playwright/test";
import {
  expect,
  expectAxeClean,
  expectPlaying,
  focusedCardId,
  isPhone,
  makeVideos,
  press,
  test,
} from "./videos";

/** A finger (or pen) dragged across the viewer: pointer events, as the browser sends them. */
async function swipe(stage: Locator, direction: "left" | "right") {
  const box = (await stage.boundingBox())!;
  const y = box.y + box.height / 2;
  const [from, to] = direction === "left" ? [0.8, 0.2] : [0.2, 0.8];
  const init = { pointerId: 7, pointerType: "touch", isPrimary: true, clientY: y };
  await stage.dispatchEvent("pointerdown", { ...init, clientX: box.x + box.width * from });
  await stage.dispatchEvent("pointerup", { ...init, clientX: box.x + box.width * to });
}

test("the viewer opens from a card, steps with arrows and swipes, and Esc or Back closes it", async ({
  page,
  studio,
  newUser,
}, testInfo) => {
  const prompts = ["Fox in snow", "Neon tram at night", "Kite over dunes"].map(
    (p) => `${p} ${newUser.email}`,
  );
  // Newest first: kite, tram, fox.
  const [kite, tram, fox] = await makeVideos(studio, prompts);
  const ids = await Promise.all([kite!, tram!, fox!].map((c) => c.getAttribute("data-id")));
  const viewer = page.getByTestId("video-viewer");
  const prompt = viewer.getByTestId("viewer-prompt");

  // The "video ready" toasts closed first, as a person would: a tap next to one leaves the
  // emulated finger hovering it, which pauses its timer, and an open viewer (modal) takes the
  // pointer from the page, so it could no longer be closed.
  await closeToasts(page);

  // Phones: a tap plays, the next tap on the playing video goes full screen. Elsewhere: the
  // expand button.
  if (isPhone(testInfo)) {
    await tram!.getByTestId("play-toggle").tap();
    await expect(tram!.getByTestId("mute-toggle")).toBeVisible();
    await tram!.getByTestId("play-toggle").tap();
  } else {
    // A tall card in a dense row is narrow: its menu opens the viewer.
    await tram!.hover();
    await tram!.getByTestId("more-actions").click();
    await page.getByTestId("menu-open-viewer").click();
  }
  await expect(viewer).toBeVisible();
  await expect(prompt).toHaveText(prompts[1]!);
  await expect(page).toHaveURL(new RegExp(`[?&]v=${ids[1]}`));
  await expectPlaying(viewer.getByTestId("viewer-video"));
  // No toast left over the viewer: axe would measure a half-transparent frame.
  await expect(page.locator("[data-sonner-toast]")).toHaveCount(0);
  await expectAxeClean(page, testInfo, "viewer");

  // Arrow keys walk the gallery's order: → is the next card (older), ← the one before.
  await page.keyboard.press("ArrowRight");
  await expect(prompt).toHaveText(prompts[0]!);
  await expect(page).toHaveURL(new RegExp(`[?&]v=${ids[2]}`));
  await page.keyboard.press("ArrowLeft");
  await expect(prompt).toHaveText(prompts[1]!);
  await page.keyboard.press("ArrowLeft");
  await expect(prompt).toHaveText(prompts[2]!);

  // Swipes do the same.
  const stage = viewer.getByTestId("viewer-stage");
  await swipe(stage, "left");
  await expect(prompt).toHaveText(prompts[1]!);
  await swipe(stage, "left");
  await expect(prompt).toHaveText(prompts[0]!);
  await swipe(stage, "right");
  await expect(prompt).toHaveText(prompts[1]!);

  // Esc closes, the URL forgets the video, and focus is back on that video's card.
  await page.keyboard.press("Escape");
  await expect(viewer).toBeHidden();
  await expect(page).not.toHaveURL(/[?&]v=/);
  await expect.poll(() => focusedCardId(page)).toBe(ids[1]);

  // Back closes it too.
  await press(fox!.getByTestId("more-actions"), testInfo);
  await press(page.getByTestId("menu-open-viewer"), testInfo);
  await expect(prompt).toHaveText(prompts[0]!);
  await page.goBack();
  await expect(viewer).toBeHidden();
  await expect(page).toHaveURL(/\/studio/);
  await expect(page).not.toHaveURL(/[?&]v=/);
});

test("Back from a video page returns to the same place in the gallery; Esc and arrows work there", async ({
  page,
  studio,
  newUser,
}, testInfo) => {
  const prompts = ["Rain on a tin roof", "Lighthouse in fog", "Bees on lavender", "Dust devil"].map(
    (p) => `${p} ${newUser.email}`,
  );
  const cards = await makeVideos(studio, prompts);
  const ids = await Promise.all(cards.map((c) => c.getAttribute("data-id")));
  // A short window, so the gallery needs scrolling on every screen.
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: size.width, height: Math.min(size.height, 300) });

  // Scrolled to the end of the gallery, where the oldest video is, once the toasts about the new
  // videos are closed, as a person would close them (a tap on a link under one lands on the toast).
  await closeToasts(page);
  const last = cards.at(-1)!;
  const link = last.getByTestId("card-link");
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(link).toBeInViewport();
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled, "the gallery is scrolled before opening a video").toBeGreaterThan(100);
  await press(link, testInfo);
  await expect(page.getByTestId("generation-page")).toHaveAttribute("data-id", ids.at(-1)!);

  await page.goBack();
  await expect(last).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 4);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThanOrEqual(4);

  // On a video page: ← → step through the gallery's videos, Esc goes back to the studio.
  await press(cards[1]!.getByTestId("card-link"), testInfo);
  await expect(page.getByTestId("generation-page")).toHaveAttribute("data-id", ids[1]!);
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(new RegExp(`/g/${ids[2]}`));
  await expect(page.getByTestId("generation-page")).toHaveAttribute("data-id", ids[2]!);
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("generation-page")).toHaveAttribute("data-id", ids[1]!);
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("generation-page")).toHaveAttribute("data-id", ids[0]!);
  await page.keyboard.press("Escape");
  await expect(page).toHaveURL(/\/studio/);
  await expect(cards[0]!).toBeVisible();

  // The page's own controls, for a finger or a mouse: Previous and Next follow the gallery (a
  // swipe does on a phone), the first has no Previous, and Gallery goes back to the studio.
  await press(cards[0]!.getByTestId("card-link"), testInfo);
  await expect(page.getByTestId("generation-page")).toHaveAttribute("data-id", ids[0]!);
  await expect(page.getByTestId("previous-video")).toBeDisabled();
  await press(page.getByTestId("next-video"), testInfo);
  await expect(page.getByTestId("generation-page")).toHaveAttribute("data-id", ids[1]!);
  if (isPhone(testInfo)) {
    await swipe(page.getByTestId("prompt"), "left");
    await expect(page.getByTestId("generation-page")).toHaveAttribute("data-id", ids[2]!);
    await swipe(page.getByTestId("prompt"), "right");
  } else {
    await press(page.getByTestId("next-video"), testInfo);
    await expect(page.getByTestId("generation-page")).toHaveAttribute("data-id", ids[2]!);
    await press(page.getByTestId("previous-video"), testInfo);
  }
  await expect(page.getByTestId("generation-page")).toHaveAttribute("data-id", ids[1]!);
  await expect(page).toHaveURL(new RegExp(`/g/${ids[1]}$`));
  await press(page.getByTestId("back-to-gallery"), testInfo);
  await expect(page).toHaveURL(/\/studio/);
  await expect(cards[0]!).toBeVisible();
});

/** Closes every toast with its own close button (one may leave by itself meanwhile). */
async function closeToasts(page: Page) {
  const toasts = page.locator("[data-sonner-toast]");
  await expect(async () => {
    const close = toasts.first().getByRole("button", { name: "Close toast" });
    if ((await toasts.count()) > 0) await close.click({ timeout: 2_000 }).catch(() => undefined);
    expect(await toasts.count()).toBe(0);
  }).toPass({ timeout: 30_000 });
}
