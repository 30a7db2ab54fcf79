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

  /**
   * From now on, counts each video's `play` and `seeked` events (read with `events()`): what shows
   * a video was started again, or that a seek has landed.
   */
  async countEvents() {
    await this.videos.evaluateAll((elements) => {
      const w = window as unknown as { compareEvents?: Record<string, number>[]; counted?: WeakSet<Element> };
      w.compareEvents = elements.map(() => ({ play: 0, seeked: 0 }));
      w.counted ??= new WeakSet();
      elements.forEach((element, i) => {
        if (w.counted!.has(element)) return;
        w.counted!.add(element);
        for (const name of ["play", "seeked"])
          element.addEventListener(name, () => void (w.compareEvents![i]![name]! += 1));
      });
    });
  }

  /** Each video's event counts since `countEvents()`. */
  events(): Promise<{ play: number; seeked: number }[]> {
    return this.page.evaluate(
      () => (window as unknown as { compareEvents: { play: number; seeked: number }[] }).compareEvents,
    );
  }

  /** Resolves after the page has drawn `count` more frames: any frame-loop step queued before has run. */
  async framesDrawn(count = 2) {
    await this.page.evaluate(
      (n) =>
        new Promise<void>((resolve) => {
          const next = (left: number) => (left ? requestAnimationFrame(() => next(left - 1)) : resolve());
          next(n);
        }),
      count,
    );
  }

  async expectState(state: "paused" | "playing") {
    await expect(this.state).toHaveAttribute("data-state", state, { timeout: 20_000 });
  }

  /** Moves the shared slider to `seconds`, as a drag or a tap on it would. */
  async seekTo(seconds: number) {
    await this.slider.fill(String(seconds));
  }
}
