import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SimulatorServer, startSimulatorServer } from "./simulator";

/** The simulator's video host: real MP4s, served with byte ranges so browsers can play and seek. */
const TOKEN = "sim-media-token";
let sim: SimulatorServer;

beforeAll(async () => {
  sim = await startSimulatorServer({ token: TOKEN, taskDurationMs: 50 });
});
afterAll(() => sim.close());

async function submitSync(aspectRatio: string) {
  const response = await fetch(`${sim.url}/grok/videos`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({
      prompt: "Rain",
      model: "grok-imagine-video",
      aspect_ratio: aspectRatio,
      resolution: "480p",
      duration: 2,
    }),
  });
  return (await response.json()) as { data: Array<{ video_url: string }> };
}

describe("media", () => {
  const file = readFileSync(path.resolve("lib/grok/simulator/media/848x480.mp4"));

  it("serves a real MP4 with its length and byte ranges", async () => {
    const whole = await fetch(`${sim.url}/media/848x480.mp4`);
    const bytes = Buffer.from(await whole.arrayBuffer());
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("video/mp4");
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    expect(Number(whole.headers.get("content-length"))).toBe(file.length);
    expect(bytes.subarray(4, 8).toString("latin1")).toBe("ftyp");
    expect(file.length).toBeGreaterThan(5_000);
    expect(file.length).toBeLessThan(200_000);
  });

  it.each([
    ["bytes=100-199", 100, 199],
    ["bytes=0-", 0, -1],
    ["bytes=-50", -50, -1],
  ])("Range %s → 206 with the exact slice", async (range, from, to) => {
    const r = await fetch(`${sim.url}/media/848x480.mp4`, { headers: { range } });
    const start = from < 0 ? file.length + from : from;
    const end = to < 0 ? file.length - 1 : to;
    expect(r.status).toBe(206);
    expect(r.headers.get("content-range")).toBe(`bytes ${start}-${end}/${file.length}`);
    expect(Number(r.headers.get("content-length"))).toBe(end - start + 1);
    expect(Buffer.from(await r.arrayBuffer()).equals(file.subarray(start, end + 1))).toBe(true);
  });

  it("answers an unsatisfiable range with 416 and an unknown file with 404", async () => {
    const r = await fetch(`${sim.url}/media/848x480.mp4`, { headers: { range: `bytes=${file.length}-` } });
    expect([r.status, r.headers.get("content-range")]).toEqual([416, `bytes */${file.length}`]);
    expect((await fetch(`${sim.url}/media/../../package.json`)).status).toBe(404);
    expect((await fetch(`${sim.url}/media/1x1.mp4`)).status).toBe(404);
  });

  it.each([
    ["1:1", "480x480"],
    ["16:9", "848x480"],
    ["9:16", "480x848"],
    ["4:3", "640x480"],
    ["3:4", "480x640"],
    ["3:2", "720x480"],
    ["2:3", "480x720"],
  ])(
    "%s videos point at a playable %s file",
    async (aspect_ratio, size) => {
      const url = (await submitSync(aspect_ratio)).data[0]!.video_url;
      expect(url).toBe(`${sim.url}/media/${size}-2s.mp4`);
      const head = Buffer.from(await (await fetch(url, { headers: { range: "bytes=0-15" } })).arrayBuffer());
      expect(head.subarray(4, 8).toString("latin1")).toBe("ftyp");
    },
    120_000,
  );
});

describe("signed media (mediaSigningKey)", () => {
  let signed: SimulatorServer;
  let offset = 0;
  beforeAll(async () => {
    signed = await startSimulatorServer({
      token: TOKEN,
      taskDurationMs: 20,
      mediaSigningKey: "media-key",
      now: () => Date.now() + offset,
    });
  });
  afterAll(() => signed.close());

  async function signedVideoUrl(): Promise<string> {
    const response = await fetch(`${signed.url}/grok/videos`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ prompt: "Snow", model: "grok-imagine-video", aspect_ratio: "1:1", duration: 2 }),
    });
    return ((await response.json()) as { data: Array<{ video_url: string }> }).data[0]!.video_url;
  }

  it(
    "signs video_url for seven days; the signed link serves ranges as before, without a token",
    { timeout: 120_000 },
    async () => {
      const before = Math.floor(Date.now() / 1000);
      const url = new URL(await signedVideoUrl());
      expect(url.pathname).toBe("/media/480x480-2s.mp4");
      const signedAt = Number(url.searchParams.get("exp")) - 7 * 24 * 3600;
      expect(signedAt - before).toBeGreaterThanOrEqual(0);
      expect(signedAt - before).toBeLessThanOrEqual(2);
      expect(url.searchParams.get("sig")).toMatch(/^[\w-]{43}$/);
      const whole = await fetch(url);
      const file = Buffer.from(await whole.arrayBuffer());
      expect([whole.status, Number(whole.headers.get("content-length"))]).toEqual([200, file.length]);
      const range = await fetch(url, { headers: { range: "bytes=10-19" } });
      expect([range.status, range.headers.get("content-range")]).toEqual([206, `bytes 10-19/${file.length}`]);
      expect(Buffer.from(await range.arrayBuffer()).equals(file.subarray(10, 20))).toBe(true);
    },
  );

  it(
    "refuses unsigned, tampered, moved and expired links with 403 forbidden",
    { timeout: 120_000 },
    async () => {
      const url = new URL(await signedVideoUrl());
      const sig = url.searchParams.get("sig")!;
      const exp = url.searchParams.get("exp")!;
      const variants = [
        `${signed.url}/media/480x480-2s.mp4`,
        `${signed.url}/media/480x480-2s.mp4?exp=${exp}&sig=${sig.slice(0, -1)}${sig.endsWith("A") ? "B" : "A"}`,
        `${signed.url}/media/480x480-2s.mp4?exp=${Number(exp) + 1}&sig=${sig}`,
        `${signed.url}/media/848x480-2s.mp4?exp=${exp}&sig=${sig}`,
      ];
      for (const variant of variants) {
        const response = await fetch(variant);
        expect(response.status).toBe(403);
        expect(await response.json()).toMatchObject({ error: { code: "forbidden" } });
      }
      expect((await fetch(url)).status).toBe(200);
      offset = 7 * 24 * 3600_000 + 1_000;
      expect((await fetch(url)).status).toBe(403);
      offset = 0;
    },
  );
});
