import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { extractPoster } from "./poster";

const media = (name: string) => readFileSync(path.resolve("lib/grok/simulator/media", name));

// ffmpeg runs as a child process: on a busy 2-core machine one frame can take seconds.
describe("poster frames", { timeout: 30_000 }, () => {
  it("makes a small WebP still of a landscape video and reports the video's frame size", async () => {
    const poster = await extractPoster(media("848x480.mp4"));
    expect(poster).toMatchObject({ contentType: "image/webp", width: 848, height: 480 });
    const meta = await sharp(poster.data).metadata();
    expect(meta.format).toBe("webp");
    expect(meta.width).toBe(640);
    expect(meta.height).toBe(362);
    expect(poster.data.length).toBeLessThan(60_000);
  });

  it("keeps a portrait video's shape and does not enlarge small frames", async () => {
    const poster = await extractPoster(media("480x848.mp4"));
    expect(poster).toMatchObject({ width: 480, height: 848 });
    const meta = await sharp(poster.data).metadata();
    expect([meta.width, meta.height]).toEqual([480, 848]);
  });

  it("falls back to the first frame when the clip is shorter than the seek point", async () => {
    const poster = await extractPoster(media("480x480.mp4"), 3_600);
    expect(poster).toMatchObject({ width: 480, height: 480 });
  });

  it("refuses bytes that are not a video", async () => {
    await expect(extractPoster(Buffer.from("not a video at all"))).rejects.toThrow(/ffmpeg failed/);
  });
});
