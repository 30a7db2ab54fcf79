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

  get panel() {
    return this.page.getByTestId("create-panel");
  }

  /** On phones the panel lives in a bottom sheet behind the Create button. */
  async openCreate() {
    const sheet = this.page.getByTestId("create-sheet");
    const opener = this.page.getByTestId("open-create");
    if ((this.page.viewportSize()?.width ?? 1280) < 1024) {
      // The Create button appears once the page is interactive, unless the sheet is already open.
      await expect(
        opener.or(sheet.and(this.page.locator('[data-state="open"][data-hydrated]'))),
      ).toBeVisible();
      if (await opener.isVisible()) await opener.click();
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

  async create(prompt: string, options: CreateOptions = {}) {
    await this.fill(prompt, options);
    await this.page.getByTestId("generate").click();
  }

  card(prompt: string): Locator {
    return this.page.getByTestId("generation-card").filter({ hasText: prompt });
  }

  /** Plays a card's video and proves the browser decodes it: data ready and time advancing. */
  async expectPlays(card: Locator) {
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
