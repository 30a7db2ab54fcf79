import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { firstFrameRgb, meanPixelDifference, rgbOf } from "@/lib/testing/frame-pixels";
import { extractLastFrame } from "./last-frame";
import { makeDemoClip } from "./make-demo-clip";
import { ENGINE_KINDS, testEngine } from "./test-engines";

const dir = mkdtempSync(path.join(tmpdir(), "last-frame-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(ENGINE_KINDS)("a shot continued from the last frame, with the %s ffmpeg", (kind) => {
  it("takes the exact last frame at full size, and a clip made from it starts on that picture", async () => {
    const engine = await testEngine(kind);
    const first = path.join(dir, `a-${kind}.mp4`);
    await makeDemoClip({ file: first, width: 480, height: 848, durationSec: 2 }, engine);
    const last = await extractLastFrame(first, { engine });
    expect(last).toMatchObject({ contentType: "image/png", width: 480, height: 848 });
    const image = path.join(dir, `last-${kind}.png`);
    writeFileSync(image, last.data);

    const next = path.join(dir, `b-${kind}.mp4`);
    await makeDemoClip({ file: next, width: 480, height: 848, durationSec: 2, firstFrame: image }, engine);
    const lastPixels = await rgbOf(last.data);
    const continued = await firstFrameRgb(next, engine);
    const unrelated = await firstFrameRgb(first, engine);
    // Only the encoder's loss stands between the two; an unrelated frame is far off.
    expect(meanPixelDifference(continued, lastPixels)).toBeLessThan(4);
    expect(meanPixelDifference(unrelated, lastPixels)).toBeGreaterThan(8);
  }, 180_000);
});
