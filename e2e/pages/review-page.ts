import { expect, type Page } from "@playwright/test";

/** Page object for the review on a video page: the player, the comments, the composer, the status. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  readonly video = () => this.page.getByTestId("generation-video");
  readonly comments = () => this.page.getByTestId("comment");
  readonly markers = () => this.page.getByTestId("timeline-marker");
  readonly body = () => this.page.getByTestId("comment-body");
  readonly statusSelect = () => this.page.getByTestId("review-status-select");
  readonly status = () => this.page.getByTestId("review-status");

  /** Opens a video page (`/g/<id>`, maybe with `?t=`) and waits for its player. */
  async open(url: string) {
    await this.page.goto(url);
    await expect(this.page.getByTestId("review-panel")).toBeVisible();
    // Hydrated once the composer has found the player (its "at" toggle only shows then).
    await expect(this.page.getByTestId("comment-at-toggle")).toBeVisible();
    await this.waitForMetadata();
  }

  async waitForMetadata() {
    await expect
      .poll(() => this.video().evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(1);
  }

  currentTime() {
    return this.video().evaluate((v: HTMLVideoElement) => v.currentTime);
  }

  /** Moves the playhead as scrubbing would, and waits for the player to get there. */
  async scrubTo(seconds: number) {
    await this.video().evaluate(
      (v: HTMLVideoElement, s: number) =>
        new Promise<void>((resolve) => {
          v.addEventListener("seeked", () => resolve(), { once: true });
          v.currentTime = s;
        }),
      seconds,
    );
  }

  /** Types a comment; `mention` is typed as "@" plus its first letters and picked from the suggestions. */
  async write(text: string, options: { mention?: { typed: string; name: string } } = {}) {
    const body = this.body();
    await body.click();
    if (options.mention) {
      await body.pressSequentially(`@${options.mention.typed}`);
      const option = this.page.getByRole("option", { name: options.mention.name });
      await expect(option).toBeVisible();
      await expect(body).toHaveAttribute("aria-activedescendant", (await option.getAttribute("id"))!);
      await body.press("Enter");
      await expect(body).toHaveValue(`@${options.mention.name} `);
    }
    await body.pressSequentially(text);
  }

  async post() {
    const before = await this.comments().count();
    await this.page.getByTestId("comment-submit").click();
    await expect(this.comments()).toHaveCount(before + 1);
    await expect(this.body()).toHaveValue("");
    return this.comments().last();
  }
}
