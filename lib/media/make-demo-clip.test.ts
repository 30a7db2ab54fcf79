import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { probeVideo } from "@/lib/testing/probe-video";
import { makeDemoClip } from "./make-demo-clip";
import { extractPoster } from "./poster";

const dir = mkdtempSync(path.join(tmpdir(), "demo-clip-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("makeDemoClip", () => {
  it("makes a portrait clip of the exact size and length with sound, and the poster pipeline reads it", async () => {
    const file = path.join(dir, "clip.mp4");
    await makeDemoClip({ file, width: 480, height: 848, durationSec: 3 });
    const facts = await probeVideo(file);
    expect(facts).toMatchObject({ width: 480, height: 848, videoCodec: "h264", audioCodec: "aac" });
    expect(facts.durationSec).toBeCloseTo(3, 1);
    // The gallery's poster comes from this file: right frame size, a real WebP.
    const poster = await extractPoster({ file });
    expect(poster).toMatchObject({ contentType: "image/webp", width: 480, height: 848 });
    expect(poster.data.subarray(8, 12).toString("latin1")).toBe("WEBP");
  }, 120_000);
});
