import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sharp from "sharp";
import { firstFrameRgb, meanPixelDifference, rgbOf } from "@/lib/testing/frame-pixels";
import { probeVideo } from "@/lib/testing/probe-video";
import { type SimulatorServer, startSimulatorServer } from "./simulator";

/**
 * The demo's videos match their labels: the clip behind `video_url` has the requested duration
 * and the frame of the requested resolution and aspect ratio, H.264 with an AAC sound track —
 * made by the process's ffmpeg (lib/media/ffmpeg.ts) over real HTTP, once per shape.
 */
const TOKEN = "sim-clips-token";
const clipDir = mkdtempSync(path.join(tmpdir(), "sim-clips-"));
const scratch = mkdtempSync(path.join(tmpdir(), "sim-clips-probe-"));
let sim: SimulatorServer;

beforeAll(async () => {
  sim = await startSimulatorServer({ token: TOKEN, taskDurationMs: 50, clipDir });
});
afterAll(async () => {
  await sim.close();
  rmSync(clipDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

async function videoUrl(body: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${sim.url}/grok/videos`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ prompt: "Lanterns over a lake", ...body }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: Array<{ video_url: string }> }).data[0]!.video_url;
}

async function download(url: string): Promise<{ file: string; bytes: Buffer }> {
  const response = await fetch(url);
  expect([response.status, response.headers.get("content-type")]).toEqual([200, "video/mp4"]);
  const bytes = Buffer.from(await response.arrayBuffer());
  const file = path.join(scratch, `${Math.random().toString(36).slice(2)}.mp4`);
  writeFileSync(file, bytes);
  return { file, bytes };
}

describe("made-to-measure clips", () => {
  it.each([
    ["grok-imagine-video-1.5-fast:reverse", "9:16", "720p", 19, 720, 1280],
    ["grok-imagine-video", "16:9", "480p", 6, 848, 480],
    ["grok-imagine-video", "1:1", "720p", 3, 720, 720],
    ["grok-imagine-video-1.5-fast:reverse", "3:2", "1080p", 6, 1620, 1080],
  ])(
    "%s %s %s %i s → a %ix%i clip of that length with sound",
    async (model, ratio, resolution, duration, w, h) => {
      const url = await videoUrl({ model, aspect_ratio: ratio, resolution, duration });
      expect(new URL(url).pathname).toBe(`/media/${w}x${h}-${duration}s.mp4`);
      const facts = await probeVideo((await download(url)).file);
      expect(facts).toMatchObject({ width: w, height: h, videoCodec: "h264", audioCodec: "aac" });
      expect(facts.durationSec).toBeGreaterThan(duration - 0.1);
      expect(facts.durationSec).toBeLessThan(duration + 0.1);
    },
    240_000,
  );

  it("makes a shape once for concurrent requests and never leaves or serves a half-written file", async () => {
    const url = await videoUrl({
      model: "grok-imagine-video",
      aspect_ratio: "4:3",
      resolution: "480p",
      duration: 5,
    });
    const copies = await Promise.all([download(url), download(url), download(url)]);
    expect(copies.every((c) => c.bytes.equals(copies[0]!.bytes))).toBe(true);
    expect((await probeVideo(copies[0]!.file)).durationSec).toBeCloseTo(5, 0);
    const files = readdirSync(clipDir);
    expect(files.filter((f) => f.startsWith("640x480-5s"))).toEqual(["640x480-5s.mp4"]);
    expect(files.some((f) => f.endsWith(".partial"))).toBe(false);
    // Small: a low-bitrate stand-in, quick to mirror.
    expect(copies[0]!.bytes.length).toBeLessThan(400_000);
  }, 240_000);

  it("serves byte ranges of a made clip, and makes nothing for a shape no request can have", async () => {
    const url = await videoUrl({
      model: "grok-imagine-video",
      aspect_ratio: "16:9",
      resolution: "480p",
      duration: 6,
    });
    const whole = (await download(url)).bytes;
    const range = await fetch(url, { headers: { range: "bytes=100-199" } });
    expect([range.status, range.headers.get("content-range")]).toEqual([
      206,
      `bytes 100-199/${whole.length}`,
    ]);
    expect(Buffer.from(await range.arrayBuffer()).equals(whole.subarray(100, 200))).toBe(true);
    for (const name of ["848x480-31s.mp4", "848x480-0s.mp4", "1000x1000-5s.mp4", "848x480-6s.webm"]) {
      expect((await fetch(`${sim.url}/media/${name}`)).status).toBe(404);
    }
    expect(readdirSync(clipDir).some((f) => f.startsWith("1000x1000") || f.includes("-31s"))).toBe(false);
  }, 240_000);
});

describe("a clip that starts from a first-frame image (image_url)", () => {
  let images: Server;
  let image: Buffer;
  beforeAll(async () => {
    // A picture no test card looks like: stripes of three colours, the clip's own frame size.
    const stripes = Buffer.alloc(848 * 480 * 3);
    for (let i = 0; i < 848 * 480; i++)
      stripes.set(
        [
          [220, 40, 40],
          [30, 200, 60],
          [240, 220, 30],
        ][Math.floor((i % 848) / 283)]!,
        i * 3,
      );
    image = await sharp(stripes, { raw: { width: 848, height: 480, channels: 3 } })
      .png()
      .toBuffer();
    images = createServer((_, res) => res.writeHead(200, { "content-type": "image/png" }).end(image));
    await new Promise<void>((resolve) => images.listen(0, "127.0.0.1", resolve));
  });
  afterAll(() => new Promise<void>((resolve) => images.close(() => resolve())));

  it("has a clip of its own whose first frame is the image, then moves, with the requested size and sound", async () => {
    const { port } = images.address() as AddressInfo;
    const url = await videoUrl({
      model: "grok-imagine-video",
      aspect_ratio: "16:9",
      resolution: "480p",
      duration: 3,
      image_url: `http://127.0.0.1:${port}/still.png`,
    });
    expect(new URL(url).pathname).toMatch(/^\/media\/from-[0-9a-f-]{36}-848x480-3s\.mp4$/);
    const { file } = await download(url);
    const facts = await probeVideo(file);
    expect(facts).toMatchObject({ width: 848, height: 480, videoCodec: "h264", audioCodec: "aac" });
    expect(facts.durationSec).toBeCloseTo(3, 1);
    const first = await firstFrameRgb(file);
    expect(meanPixelDifference(first, await rgbOf(image))).toBeLessThan(4);
    // Another task's name, or this task's clip under another shape, is nothing.
    const name = new URL(url).pathname.split("/").pop()!;
    expect((await fetch(`${sim.url}/media/${name.replace("3s", "4s")}`)).status).toBe(404);
    expect(
      (await fetch(`${sim.url}/media/from-${"0".repeat(8)}-0000-0000-0000-${"0".repeat(12)}-848x480-3s.mp4`))
        .status,
    ).toBe(404);
  }, 240_000);
});
