import { expect, type Locator, type Page } from "@playwright/test";

/** Page object for the studio: the create panel and the feed of generations. */
export class StudioPage {
  constructor(private readonly page: Page) {}

  get panel() {
    return this.page.getByTestId("create-panel");
  }

  async create(prompt: string, options: { aspectRatio?: string; resolution?: string; model?: string } = {}) {
    if (options.model) await this.page.getByLabel("Model").selectOption(options.model);
    if (options.aspectRatio) await this.page.getByTestId(`aspect-${options.aspectRatio}`).click();
    if (options.resolution) await this.page.getByTestId(`resolution-${options.resolution}`).click();
    await this.page.getByLabel("Prompt").fill(prompt);
    await this.page.getByTestId("generate").click();
  }

  card(prompt: string): Locator {
    return this.page.getByTestId("generation-card").filter({ hasText: prompt });
  }

  /** Plays a card's video and proves the browser decodes it: data ready and time advancing. */
  async expectPlays(card: Locator) {
    const video = card.getByTestId("generation-video");
    await video.scrollIntoViewIfNeeded();
    await video.evaluate((v: HTMLVideoElement) => v.play());
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(2);
    const start = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(start);
  }
}
