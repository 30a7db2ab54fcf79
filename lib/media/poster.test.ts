import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { isFfmpegError } from "./ffmpeg";
import { extractPoster } from "./poster";
import { ENGINE_KINDS, isAtLeast51, testEngine } from "./test-engines";
import { isVideoRefused } from "./untrusted-video";

const media = (name: string) => readFileSync(path.resolve("lib/grok/simulator/media", name));

// One frame takes well under a second, but a busy 2-core machine can stretch that many times.
describe.each(ENGINE_KINDS)("poster frames with the %s ffmpeg", { timeout: 60_000 }, (kind) => {
  it("makes a small WebP still of a landscape video, reports the video's frame size and the ffmpeg used", async () => {
    const engine = await testEngine(kind);
    const poster = await extractPoster(media("848x480.mp4"), { engine });
    expect(poster).toMatchObject({ contentType: "image/webp", width: 848, height: 480 });
    expect(poster.ffmpeg).toMatchObject({ kind, version: engine.version });
    expect(isAtLeast51(poster.ffmpeg.version), poster.ffmpeg.version).toBe(true);
    const meta = await sharp(poster.data).metadata();
    expect(meta.format).toBe("webp");
    expect(meta.width).toBe(640);
    expect(meta.height).toBe(362);
    expect(poster.data.length).toBeLessThan(60_000);
  });

  it("keeps a portrait video's shape and does not enlarge small frames", async () => {
    const poster = await extractPoster(media("480x848.mp4"), { engine: await testEngine(kind) });
    expect(poster).toMatchObject({ width: 480, height: 848 });
    const meta = await sharp(poster.data).metadata();
    expect([meta.width, meta.height]).toEqual([480, 848]);
  });

  it("falls back to the first frame when the clip is shorter than the seek point", async () => {
    const poster = await extractPoster(media("480x480.mp4"), {
      atSeconds: 3_600,
      engine: await testEngine(kind),
    });
    expect(poster).toMatchObject({ width: 480, height: 480 });
  });

  it("refuses bytes that are not a video before any ffmpeg reads them", async () => {
    const error = await extractPoster(Buffer.from("not a video at all"), {
      engine: await testEngine(kind),
    }).catch((e: unknown) => e);
    expect(isVideoRefused(error) && error.code).toBe("not_mp4");
    expect(isFfmpegError(error)).toBe(false);
  });
});
