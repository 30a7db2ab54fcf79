import type { Page } from "@playwright/test";
import { expect, expectPlaying, focusedCardId, isPhone, makeVideos, test } from "./videos";

/** Presses Tab until the focused element matches, as a keyboard-only person would. */
async function tabTo(page: Page, selector: string, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${selector}`);
}

test("keyboard only: skip link, generate, play, delete (focus stays in the gallery) and Undo", async ({
  page,
  studio,
  newUser,
}, testInfo) => {
  const [other] = await makeVideos(studio, [`Moss on old stones ${newUser.email}`]);
  await page.goto("/studio");
  await expect(other!).toBeVisible();

  // The first Tab reaches the skip link, which is then visible and jumps past the header.
  await page.keyboard.press("Tab");
  const skip = page.getByTestId("skip-link");
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();

  // Generate: Tab to the prompt (on a phone, through the Create button), type, Tab to Generate.
  const prompt = `Paper boats in a gutter ${newUser.email}`;
  if (isPhone(testInfo)) {
    await tabTo(page, '[data-testid="open-create"]');
    await page.keyboard.press("Enter");
  }
  await tabTo(page, "textarea#prompt, textarea[name='prompt']");
  // The form keeps the last prompt to build on: select it all, then type over it.
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(prompt);
  await tabTo(page, '[data-testid="generate"]');
  await page.keyboard.press("Enter");
  const card = studio.card(prompt);
  await expect(card).toHaveAttribute("data-state", "ready", { timeout: 60_000 });
  const [id, otherId] = await Promise.all([card.getAttribute("data-id"), other!.getAttribute("data-id")]);

  // Play it from the keyboard.
  await tabTo(page, `[data-id="${id}"] [data-testid="play-toggle"]`);
  await page.keyboard.press("Enter");
  await expectPlaying(card.getByTestId("generation-video"));

  // Delete from the card's menu: focus lands on the card that took its place, not the body.
  await tabTo(page, `[data-id="${id}"] [data-testid="more-actions"]`);
  await page.keyboard.press("Enter");
  const remove = page.getByTestId("delete-button");
  await expect(remove).toBeVisible();
  // Delete is the menu's last item: End goes there (as in any menu). Pressed again until it is
  // focused, because a key pressed before the opening menu takes focus lands on the trigger.
  await expect
    .poll(async () => {
      await page.keyboard.press("End");
      return remove.evaluate((e) => e === document.activeElement);
    })
    .toBe(true);
  await page.keyboard.press("Enter");
  await expect(card).toHaveCount(0);
  await expect.poll(() => focusedCardId(page)).toBe(otherId);

  // The toast shows a real Undo button, below the header (and above the Create button on phones).
  const undo = page.getByRole("button", { name: "Undo" });
  await expect(undo).toBeVisible();
  const toast = page.locator("[data-sonner-toast]").filter({ hasText: "Video deleted" });
  // Measured once the toast has slid into place.
  const header = (await page.locator("header").boundingBox())!;
  const toastBox = async () => (await toast.boundingBox())!;
  await expect
    .poll(async () => (await toastBox()).y, { message: "the toast starts below the header" })
    .toBeGreaterThanOrEqual(header.y + header.height);
  const create = page.getByTestId("open-create");
  if (await create.isVisible()) {
    const createBox = (await create.boundingBox())!;
    await expect
      .poll(async () => (await toastBox()).y + (await toastBox()).height, {
        message: "the toast ends above Create",
      })
      .toBeLessThanOrEqual(createBox.y);
  }

  // Alt+T puts focus on Undo; Enter brings the video back, and focus with it.
  await page.keyboard.press("Alt+KeyT");
  await expect(undo).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(card).toBeVisible();
  await expect.poll(() => focusedCardId(page)).toBe(id);
});
