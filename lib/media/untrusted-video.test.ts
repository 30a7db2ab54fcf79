import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isFfmpegError } from "./ffmpeg";
import { claimDuration, claimFrameSize, truncate } from "./hostile-videos";
import { makeDemoClip } from "./make-demo-clip";
import { extractPoster } from "./poster";
import { ENGINE_KINDS, testEngine } from "./test-engines";
import { inspectUntrustedVideo, isVideoRefused, UNTRUSTED_VIDEO_LIMITS } from "./untrusted-video";

const dir = mkdtempSync(path.join(tmpdir(), "hostile-video-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A real 2 s, 480×480 H.264 clip (moov first), patched below to lie. */
const valid = readFileSync(path.resolve("lib/grok/simulator/media/480x480.mp4"));
const HOSTILE = {
  "claims 100,000×100,000 frames": {
    bytes: claimFrameSize(valid, 100_000, 100_000),
    code: "frame_too_large",
  },
  "claims 10 hours": { bytes: claimDuration(valid, 10 * 3600), code: "too_long" },
  "is cut off in its media data": { bytes: truncate(valid, Math.floor(valid.length / 2)), code: "truncated" },
  "is cut off in its header": { bytes: truncate(valid, 600), code: "truncated" },
} as const;
const file = (name: string, bytes: Buffer) => {
  const at = path.join(dir, `${name.replace(/\W+/g, "-")}.mp4`);
  writeFileSync(at, bytes);
  return at;
};

describe("the header check", () => {
  it("reads a real clip's length, codec and frame size without decoding it", async () => {
    const { durationSec, video } = await inspectUntrustedVideo(file("valid", valid));
    expect(durationSec).toBeCloseTo(2, 1);
    expect(video).toMatchObject({ codec: "avc1", width: 480, height: 480, samples: 48 });
  });

  it("sees through a container that hides the size the H.264 stream declares", async () => {
    const error = await inspectUntrustedVideo(file("sps", claimFrameSize(valid, 4096, 2160))).catch(
      (e: unknown) => e,
    );
    expect(isVideoRefused(error) && error.message).toContain("4096×2160");
  });

  it("refuses a file larger than the cap without reading it", async () => {
    const limits = { ...UNTRUSTED_VIDEO_LIMITS, maxBytes: valid.length - 1 };
    const error = await inspectUntrustedVideo(file("valid", valid), limits).catch((e: unknown) => e);
    expect(isVideoRefused(error) && error.code).toBe("too_large");
  });
});

describe.each(ENGINE_KINDS)("a hostile video given to the %s ffmpeg", (kind) => {
  it.each(Object.entries(HOSTILE))("that %s is refused quickly, before decoding", async (name, hostile) => {
    const engine = await testEngine(kind);
    const started = Date.now();
    const error = await extractPoster({ file: file(name, hostile.bytes) }, { engine }).catch(
      (e: unknown) => e,
    );
    expect(isVideoRefused(error) && error.code).toBe(hostile.code);
    // The decode deadline is 15 s; a header is judged in milliseconds.
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("fails fast, without a crash, even when the header check is told to let it through", async () => {
    const engine = await testEngine(kind);
    const lax = { ...UNTRUSTED_VIDEO_LIMITS, maxSide: 1e9, maxPixels: 1e12 };
    const bytes = HOSTILE["claims 100,000×100,000 frames"].bytes;
    const started = Date.now();
    const error = await extractPoster({ file: file("lax", bytes) }, { engine, limits: lax }).catch(
      (e: unknown) => e,
    );
    expect(isFfmpegError(error) && error.code).toBe("failed");
    expect(Date.now() - started).toBeLessThan(UNTRUSTED_VIDEO_LIMITS.timeoutMs);
    // The same engine still works afterwards.
    expect((await extractPoster({ file: file("valid", valid) }, { engine })).width).toBe(480);
  }, 60_000);

  it("fails, rather than taking more, when a decode needs more memory than its cap", async () => {
    const engine = await testEngine(kind);
    const tall = path.join(dir, `tall-${kind}.mp4`);
    await makeDemoClip({ file: tall, width: 1080, height: 1920, durationSec: 1 }, engine);
    expect((await extractPoster({ file: tall }, { engine })).height).toBe(1920);
    // Below what a 1080×1920 frame needs: the WebAssembly heap may not grow past its first 32 MiB,
    // and a native ffmpeg cannot even map its libraries.
    const tight = { ...UNTRUSTED_VIDEO_LIMITS, memoryMb: kind === "wasm" ? 33 : 64 };
    const error = await extractPoster({ file: tall }, { engine, limits: tight }).catch((e: unknown) => e);
    expect(isFfmpegError(error) && error.code).toBe("failed");
  }, 60_000);
});
