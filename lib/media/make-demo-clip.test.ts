import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { afterAll, describe, expect, it } from "vitest";
import { probeVideo } from "@/lib/testing/probe-video";
import { makeDemoClip } from "./make-demo-clip";
import { extractPoster } from "./poster";
import { ENGINE_KINDS, isAtLeast51, testEngine } from "./test-engines";

const dir = mkdtempSync(path.join(tmpdir(), "demo-clip-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(ENGINE_KINDS)("makeDemoClip with the %s ffmpeg", (kind) => {
  it("makes a portrait clip of the exact size and length with sound, says which ffmpeg made it, and the poster pipeline reads it", async () => {
    const engine = await testEngine(kind);
    const file = path.join(dir, `clip-${kind}.mp4`);
    const used = await makeDemoClip({ file, width: 480, height: 848, durationSec: 3 }, engine);
    expect(used).toEqual({ kind, version: engine.version, path: engine.path });
    expect(isAtLeast51(used.version), used.version).toBe(true);
    const facts = await probeVideo(file, engine);
    expect(facts).toMatchObject({ width: 480, height: 848, videoCodec: "h264", audioCodec: "aac" });
    expect(facts.durationSec).toBeCloseTo(3, 1);
    // The gallery's poster comes from this file: right frame size, a real WebP.
    const poster = await extractPoster({ file }, { engine });
    expect(poster).toMatchObject({ contentType: "image/webp", width: 480, height: 848 });
    expect(poster.data.subarray(8, 12).toString("latin1")).toBe("WEBP");
  }, 120_000);
});

describe("makeDemoClip with ffmpeg.wasm", () => {
  it("leaves the event loop free while it encodes (the app server keeps answering)", async () => {
    const engine = await testEngine("wasm");
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = Date.now();
    await makeDemoClip(
      { file: path.join(dir, "long.mp4"), width: 720, height: 1280, durationSec: 8 },
      engine,
    );
    const encodeMs = Date.now() - started;
    delay.disable();
    // In-process the loop would stall for the whole encode (seconds of work, whatever the host's
    // speed); in a worker it only sees scheduling noise.
    expect(encodeMs).toBeGreaterThan(500);
    expect(delay.max / 1e6).toBeLessThan(Math.min(1_000, encodeMs / 2));
  }, 180_000);
});
