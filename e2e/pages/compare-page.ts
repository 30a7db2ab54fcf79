import { expect, type Page } from "@playwright/test";

export interface VideoClock {
  times: number[];
  /** The largest gap between two videos' currentTime, read in one task. */
  spread: number;
  paused: boolean[];
  readyStates: number[];
}

/** Page object for /compare: the synchronised videos and their one transport. */
export class ComparePage {
  constructor(private readonly page: Page) {}

  get videos() {
    return this.page.getByTestId("compare-video");
  }

  get tiles() {
    return this.page.getByTestId("compare-tile");
  }

  get playButton() {
    return this.page.getByTestId("compare-play");
  }

  get slider() {
    return this.page.getByTestId("compare-seek");
  }

  get state() {
    return this.page.getByTestId("compare-player");
  }

  /** Every video's clock at one instant (a single evaluation, so no video is read later than another). */
  clock(): Promise<VideoClock> {
    return this.videos.evaluateAll((elements) => {
      const videos = elements as HTMLVideoElement[];
      const times = videos.map((v) => v.currentTime);
      return {
        times,
        spread: Math.max(...times) - Math.min(...times),
        paused: videos.map((v) => v.paused),
        readyStates: videos.map((v) => v.readyState),
      };
    });
  }

  async expectState(state: "paused" | "playing") {
    await expect(this.state).toHaveAttribute("data-state", state, { timeout: 20_000 });
  }

  /** Moves the shared slider to `seconds`, as a drag or a tap on it would. */
  async seekTo(seconds: number) {
    await this.slider.fill(String(seconds));
  }
}
