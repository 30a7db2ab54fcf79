/**
 * Nothing typed or chosen in the create form is lost: not by opening a video and coming back,
 * not by the logo, a reload, or a second device of the same person. The images keep the order
 * the person gave them, to the upstream request.
 */
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect as baseExpect, test } from "../fixtures";
import { ONE_LAYOUT } from "../support/layouts";
import { AuthPages } from "../pages/auth-pages";
import { StudioPage } from "../pages/studio-page";

// Sign-up, uploads and generations are slow on a loaded machine: wait on visible states, longer.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 300_000 });

const image = (name: string) => path.resolve("e2e/fixtures/images", name);
const SETTINGS = {
  model: "grok-imagine-video-1.5-preview",
  aspectRatio: "9:16",
  resolution: "720p",
  durationSec: 9,
};

async function expectDraft(page: Page, studio: StudioPage, prompt: string) {
  await studio.openCreate();
  await expect(page.getByLabel("Prompt", { exact: true })).toHaveValue(prompt);
  await studio.expectSettings(SETTINGS);
  await expect(page.getByTestId("input-image-zone").getByTestId("image-thumb")).toHaveCount(1);
  await expect.poll(() => studio.referenceSizes()).toEqual(["240 × 240", "240 × 320"]);
}

test("prompt, settings and images in order survive a card and Back, the logo, a reload and another device", async ({
  page,
  newUser,
  browser,
}, testInfo) => {
  const studio = await StudioPage.signUp(page, newUser);
  const first = `A lighthouse at dusk ${newUser.email}`;
  await studio.create(first);
  await expect(studio.card(first)).toHaveAttribute("data-state", "ready", { timeout: 45_000 });

  const prompt = `A fox crossing a snowy bridge, draft ${newUser.email}`;
  await studio.fill(prompt, { ...SETTINGS, inputImage: image("input.png") });
  // The large JPEG is chosen first; the small WebP finishes uploading first and must not overtake it.
  await page.getByTestId("reference-images-file").setInputFiles([image("ref-1.jpg"), image("ref-2.webp")]);
  await expect.poll(() => studio.referenceSizes()).toEqual(["240 × 320", "240 × 240"]);
  // Then the person puts the square one first.
  await studio.moveReferenceWithKeyboard(1, -1);
  await expect.poll(() => studio.referenceSizes()).toEqual(["240 × 240", "240 × 320"]);

  // Open a card, then Back.
  const closeSheet = page.getByTestId("create-sheet").getByRole("button", { name: "Close", exact: true });
  if (await closeSheet.isVisible()) await closeSheet.click();
  await studio.card(first).getByTestId("card-link").click();
  await expect(page.getByTestId("generation-page")).toBeVisible();
  await page.goBack();
  await expectDraft(page, studio, prompt);

  // The logo: a URL without settings takes them from the draft.
  if (await closeSheet.isVisible()) await closeSheet.click();
  await studio.card(first).getByTestId("card-link").click();
  await expect(page.getByTestId("generation-page")).toBeVisible();
  await page.getByRole("link", { name: "Grok Video Studio home" }).click();
  await expect(page).toHaveURL(/\/studio/);
  await expectDraft(page, studio, prompt);

  await page.reload();
  await expectDraft(page, studio, prompt);

  // Another device of the same person: nothing of this browser's storage, only the server's draft.
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL } = testInfo.project.use;
  const other = await browser.newContext({
    viewport,
    userAgent,
    deviceScaleFactor,
    isMobile,
    hasTouch,
    baseURL,
  });
  try {
    const phone = await other.newPage();
    await new AuthPages(phone).signIn(newUser.email, newUser.password);
    await expect(phone).toHaveURL(/\/studio/, { timeout: 60_000 });
    await expectDraft(phone, new StudioPage(phone), prompt);

    // Tabbing into the restored prompt continues it: the caret is at its end, not its start.
    const field = phone.getByLabel("Prompt", { exact: true });
    await field.focus();
    await phone.keyboard.press("Shift+Tab");
    await expect(field).not.toBeFocused();
    await phone.keyboard.press("Tab");
    await expect(field).toBeFocused();
    await phone.keyboard.type(", at dusk");
    await expect(field).toHaveValue(`${prompt}, at dusk`);
  } finally {
    await other.close();
  }
});

test(
  "reference images reach the upstream in the order the person gave them after a drag",
  ONE_LAYOUT,
  async ({ page, newUser }) => {
    const studio = await StudioPage.signUp(page, newUser);
    const prompt = `Three friends on a pier ${newUser.email}`;
    await studio.fill(prompt, {
      model: SETTINGS.model,
      referenceImages: [image("ref-1.jpg"), image("ref-2.webp"), image("png-named.jpg")],
    });
    await expect.poll(() => studio.referenceSizes()).toEqual(["240 × 320", "240 × 240", "200 × 120"]);
    await studio.moveReferenceWithKeyboard(2, -2);
    await expect.poll(() => studio.referenceSizes()).toEqual(["200 × 120", "240 × 320", "240 × 240"]);
    const shown = await studio.referenceThumbs
      .locator("img")
      .evaluateAll((imgs) => imgs.map((i) => new URL((i as HTMLImageElement).src).pathname));

    await page.getByTestId("generate").click();
    await expect(page.getByTestId("queue-item").filter({ hasText: prompt }).first()).toBeVisible();
    const sent = async () => {
      const log = (await (await page.request.get("/api/simulator/__sim/requests")).json()) as {
        requests: { path: string; body: { prompt?: string; reference_image_urls?: string[] } }[];
      };
      const submit = log.requests.find((r) => r.path === "/grok/videos" && r.body.prompt === prompt);
      return submit?.body.reference_image_urls?.map((u) => new URL(u).pathname) ?? null;
    };
    await expect.poll(sent, { timeout: 30_000 }).toEqual(shown);
  },
);
