import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { probeVideo } from "@/lib/testing/probe-video";
import { joinClips } from "./join-clips";
import { makeDemoClip } from "./make-demo-clip";
import { ENGINE_KINDS, testEngine } from "./test-engines";

const dir = mkdtempSync(path.join(tmpdir(), "join-clips-"));
const file = (name: string) => path.join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const engine = await testEngine("system");
  await makeDemoClip({ file: file("a.mp4"), width: 480, height: 848, durationSec: 2 }, engine);
  await makeDemoClip({ file: file("b.mp4"), width: 480, height: 848, durationSec: 3 }, engine);
  await makeDemoClip({ file: file("wide.mp4"), width: 848, height: 480, durationSec: 2 }, engine);
  // A silent clip: the video of `a` without its sound.
  await engine.run({
    inputs: [file("a.mp4")],
    output: file("silent.mp4"),
    timeoutMs: 60_000,
    args: ({ inputs, output }) => ["-loglevel", "error", "-i", inputs[0]!, "-an", "-c", "copy", output],
  });
}, 120_000);

describe.each(ENGINE_KINDS)("joining takes into a film with the %s ffmpeg", (kind) => {
  it("stream-copies alike clips: the film lasts their sum, has sound, and each shot starts where the last ends", async () => {
    const engine = await testEngine(kind);
    const out = file(`copy-${kind}.mp4`);
    const joined = await joinClips({
      clips: [file("a.mp4"), file("b.mp4"), file("a.mp4")],
      output: out,
      width: 480,
      height: 848,
      engine,
    });
    expect(joined.method).toBe("copy");
    const facts = await probeVideo(out, engine);
    expect(facts).toMatchObject({ width: 480, height: 848, videoCodec: "h264", audioCodec: "aac" });
    expect(Math.abs(facts.durationSec - 7)).toBeLessThan(0.1);
    expect(joined.starts.map((s) => Math.round(s * 10) / 10)).toEqual([0, 2, 5]);
  }, 180_000);

  it("re-encodes clips of another frame or without sound: fitted and padded to the film's frame, silence added", async () => {
    const engine = await testEngine(kind);
    const out = file(`encode-${kind}.mp4`);
    const joined = await joinClips({
      clips: [file("a.mp4"), file("wide.mp4"), file("silent.mp4")],
      output: out,
      width: 480,
      height: 848,
      engine,
    });
    expect(joined.method).toBe("encode");
    const facts = await probeVideo(out, engine);
    expect(facts).toMatchObject({ width: 480, height: 848, videoCodec: "h264", audioCodec: "aac" });
    expect(Math.abs(facts.durationSec - 6)).toBeLessThan(0.15);
  }, 240_000);
});

describe("a crossfade between shots", () => {
  it("overlaps each cut by the fade: the film is shorter by one fade per cut", async () => {
    const engine = await testEngine("system");
    const out = file("fade.mp4");
    const joined = await joinClips({
      clips: [file("a.mp4"), file("b.mp4")],
      output: out,
      width: 480,
      height: 848,
      fadeSec: 0.5,
      engine,
    });
    expect(joined.method).toBe("encode");
    expect(joined.starts).toEqual([0, 1.5]);
    const facts = await probeVideo(out, engine);
    expect(Math.abs(facts.durationSec - 4.5)).toBeLessThan(0.15);
    expect(facts.audioCodec).toBe("aac");
  }, 180_000);
});
