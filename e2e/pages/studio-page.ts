import { expect, type Locator, type Page } from "@playwright/test";

export interface CreateOptions {
  aspectRatio?: string;
  resolution?: string;
  model?: string;
  durationSec?: number;
  inputImage?: string;
  referenceImages?: string[];
}

/** Page object for the studio: the create panel (a bottom sheet on phones), queue and gallery. */
export class StudioPage {
  constructor(private readonly page: Page) {}

  /** Signs up through the form and waits, as long as a loaded machine needs, for the studio. */
  static async signUp(page: Page, user: { name: string; email: string; password: string }) {
    await page.goto("/sign-up");
    await page.getByLabel("Name").fill(user.name);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page).toHaveURL(/\/studio/, { timeout: 60_000 });
    return new StudioPage(page);
  }

  /** Remix and Try again open the sheet themselves: nothing to click, only to wait for. */
  async expectCreateOpened() {
    await expect(this.page.getByTestId("create-sheet")).toHaveAttribute("data-state", "open", {
      timeout: 30_000,
    });
  }

  get panel() {
    return this.page.getByTestId("create-panel");
  }

  /** On phones the panel lives in a bottom sheet behind the Create button. */
  async openCreate() {
    const sheet = this.page.getByTestId("create-sheet");
    const opener = this.page.getByTestId("open-create");
    // Typing before React takes over the server's HTML would be overwritten by hydration.
    await expect(sheet).toHaveAttribute("data-hydrated", "", { timeout: 30_000 });
    if ((this.page.viewportSize()?.width ?? 1280) < 1024) {
      // A Remix or Try again link opens the sheet itself once its navigation lands, which can be
      // just after the Create button was seen: a one-off "visible, so click" then waits forever on
      // a button that is gone. Settle on the sheet's state instead, clicking only while closed.
      await expect(async () => {
        if ((await sheet.getAttribute("data-state")) !== "open") await opener.click({ timeout: 2_000 });
        await expect(sheet).toHaveAttribute("data-state", "open", { timeout: 1_000 });
      }).toPass({ timeout: 30_000 });
    }
    await expect(sheet).toHaveAttribute("data-state", "open");
  }

  async fill(prompt: string, options: CreateOptions = {}) {
    await this.openCreate();
    if (options.model) await this.page.getByLabel("Model", { exact: true }).selectOption(options.model);
    if (options.aspectRatio) await this.page.getByTestId(`aspect-${options.aspectRatio}`).click();
    if (options.resolution) await this.page.getByTestId(`resolution-${options.resolution}`).click();
    if (options.durationSec !== undefined)
      await this.page.getByTestId("duration").fill(String(options.durationSec));
    if (options.inputImage || options.referenceImages?.length) await this.openImages();
    if (options.inputImage) {
      await this.page.getByTestId("input-image-file").setInputFiles(options.inputImage);
      await expect(this.page.getByTestId("input-image-zone").getByTestId("image-thumb")).toHaveCount(1);
    }
    if (options.referenceImages?.length) {
      await this.page.getByTestId("reference-images-file").setInputFiles(options.referenceImages);
      await expect(this.page.getByTestId("reference-images-zone").getByTestId("image-thumb")).toHaveCount(
        options.referenceImages.length,
      );
    }
    await this.page.getByLabel("Prompt", { exact: true }).fill(prompt);
  }

  /** On phones the image zones are folded behind "Add images" until wanted. */
  async openImages() {
    const disclosure = this.page.getByTestId("images-disclosure");
    if ((await disclosure.isVisible()) && (await disclosure.getAttribute("aria-expanded")) === "false")
      await disclosure.click();
    await expect(this.page.getByTestId("reference-images-zone")).toBeVisible();
  }

  get referenceThumbs() {
    return this.page.getByTestId("reference-images-zone").getByTestId("image-thumb");
  }

  /** The reference images as the form lists them, each by its pixel size ("320 × 240"). */
  async referenceSizes(): Promise<string[]> {
    const alts = await this.referenceThumbs
      .locator("img")
      .evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).alt));
    return alts.map((a) => a.replace(/^Reference image \d+, /, ""));
  }

  /** Moves a reference image with the keyboard alone, as dnd-kit's keyboard sensor allows. */
  async moveReferenceWithKeyboard(from: number, steps: number) {
    // As a screen reader user does: each key once the last move has been announced (a key pressed
    // before dnd-kit has measured the new order moves to the same place again).
    const live = this.page.locator('[id^="DndLiveRegion"]');
    const handle = this.referenceThumbs.nth(from).getByTestId("image-move");
    await handle.focus();
    await this.page.keyboard.press("Space");
    // Picked up, it is over its own place first.
    await expect(live).toHaveText(`Over position ${from + 1}.`);
    const step = Math.sign(steps);
    for (let i = 1; i <= Math.abs(steps); i++) {
      const over = `Over position ${from + 1 + step * i}.`;
      // dnd-kit listens for arrows a task after the pick-up and moves only once it has measured the
      // places; on a loaded host an arrow can come first and do nothing. A person presses it again,
      // and so does this, but only while the move has not been announced (never a second move).
      await expect(async () => {
        if ((await live.textContent()) !== over)
          await this.page.keyboard.press(step < 0 ? "ArrowLeft" : "ArrowRight");
        await expect(live).toHaveText(over, { timeout: 3_000 });
      }).toPass({ timeout: 20_000 });
    }
    await this.page.keyboard.press("Space");
    await expect(live).toHaveText(`Dropped at position ${from + 1 + steps}.`);
  }

  /** The settings the create form shows. */
  async expectSettings(s: { model: string; aspectRatio: string; resolution: string; durationSec: number }) {
    await expect(this.page.getByLabel("Model", { exact: true })).toHaveValue(s.model);
    await expect(this.page.getByTestId(`aspect-${s.aspectRatio}`)).toHaveAttribute("data-state", "checked");
    await expect(this.page.getByTestId(`resolution-${s.resolution}`)).toHaveAttribute(
      "data-state",
      "checked",
    );
    await expect(this.page.getByTestId("duration-value")).toHaveText(`${s.durationSec} s`);
  }

  /** Fills the form and presses Generate, without waiting for the answer (which a fault may hold back). */
  async submit(prompt: string, options: CreateOptions = {}) {
    await this.fill(prompt, options);
    await this.page.getByTestId("generate").click();
  }

  async create(prompt: string, options: CreateOptions = {}) {
    await this.submit(prompt, options);
    // Until the submit settles the phone sheet is still open; it closes itself after a success.
    await expect(this.page.getByTestId("generate")).not.toHaveText(/Sending/, { timeout: 30_000 });
  }

  /** The creator's failures: on a phone they are one "N need attention" row, opened with a tap. */
  async showFailures() {
    const toggle = this.page.getByTestId("attention-toggle");
    await expect(this.page.getByTestId("needs-attention")).toBeVisible({ timeout: 45_000 });
    if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) === "false")
      await toggle.click();
  }

  card(prompt: string): Locator {
    return this.page.getByTestId("generation-card").filter({ hasText: prompt });
  }

  /** Plays a card's video (its play button) and proves the browser decodes it: data ready and time advancing. */
  async expectPlays(card: Locator) {
    await card.getByTestId("play-toggle").click();
    const video = card.getByTestId("generation-video");
    await video.scrollIntoViewIfNeeded();
    // From the start, so a short looping clip cannot wrap around between two readings.
    await video.evaluate((v: HTMLVideoElement) => {
      v.currentTime = 0;
      return v.play();
    });
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(2);
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0.25);
  }
}
