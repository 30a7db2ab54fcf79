import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { TINY_PNG, waitFor } from "@/lib/testing/contract-fixtures";
import { type SimulatorServer, createSimulator, startSimulatorServer } from "./simulator";

/** Not an open relay: allow-lists for what it fetches and POSTs to, no redirects, bounded logs and bodies. */
const TOKEN = "sim-limits-token";
const body = { prompt: "Dunes", model: "grok-imagine-video", aspect_ratio: "1:1", duration: 2, async: true };
const auth = { "content-type": "application/json", authorization: `Bearer ${TOKEN}` };

/** An image host and callback receiver with the awkward answers the simulator must not go along with. */
interface Host {
  url: string;
  hits: Array<{ method: string; path: string }>;
  close(): Promise<void>;
}
async function startHost(): Promise<Host> {
  const hits: Host["hits"] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? "/";
    hits.push({ method: req.method ?? "GET", path });
    req.resume();
    if (path.startsWith("/redirect")) return void res.writeHead(302, { location: "/files/image.png" }).end();
    if (path.endsWith("/huge-declared.png"))
      return void res.writeHead(200, { "content-length": String(30 * 1024 * 1024) }).end();
    if (path.endsWith("/huge.png")) {
      // 30 MB without a Content-Length, written as fast as it is read.
      res.writeHead(200, { "content-type": "image/png" });
      const chunk = Buffer.alloc(1024 * 1024);
      let sent = 0;
      const write = () => {
        while (sent < 30 && !res.destroyed) {
          sent++;
          if (!res.write(chunk)) return void res.once("drain", write);
        }
        res.end();
      };
      res.on("error", () => undefined);
      return write();
    }
    if (req.method === "POST") return void res.writeHead(200).end("{}");
    res.writeHead(200, { "content-type": "image/png" }).end(TINY_PNG);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    hits,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let host: Host;
let sim: SimulatorServer;
beforeAll(async () => {
  host = await startHost();
  sim = await startSimulatorServer({
    token: TOKEN,
    taskDurationMs: 30,
    maxLogEntries: 5,
    maxBodyBytes: 64 * 1024,
    allowImageUrl: (url) => url.startsWith(`${host.url}/files/`) || url.startsWith(`${host.url}/redirect`),
    allowCallbackUrl: (url) =>
      url.startsWith(`${host.url}/webhooks/`) || url.startsWith(`${host.url}/redirect`),
  });
});
afterAll(async () => {
  await sim.close();
  await host.close();
});
afterEach(async () => {
  await sim.simulator.idle();
  sim.simulator.reset();
  host.hits.length = 0;
});

async function submit(payload: unknown) {
  const response = await fetch(`${sim.url}/grok/videos`, {
    method: "POST",
    headers: auth,
    body: JSON.stringify(payload),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe("allow-lists", () => {
  it.each([
    [
      "image_url",
      { image_url: "https://elsewhere.test/cat.png" },
      /^image_url must be a file of this studio/,
    ],
    [
      "a reference image",
      { reference_image_urls: ["FILES/a.png", "https://elsewhere.test/b.png"] },
      /^reference_image_urls must be files of this studio/,
    ],
    [
      "callback_url",
      { callback_url: "http://169.254.169.254/latest/meta-data" },
      /^callback_url must be a webhook of this studio/,
    ],
  ])("a foreign %s → 400, no task, nothing fetched or posted", async (_name, fields, message) => {
    const payload = JSON.parse(JSON.stringify(fields).replaceAll("FILES", `${host.url}/files`)) as object;
    const r = await submit({ ...body, ...payload });
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ code: "bad_request", message: expect.stringMatching(message) });
    // Whatever the submit started (an image fetch, a callback) is tracked before it answers.
    await sim.simulator.idle();
    expect([
      sim.simulator.tasks.size,
      sim.simulator.fetchedImages,
      sim.simulator.callbacks,
      host.hits,
    ]).toEqual([0, [], [], []]);
  });

  it("allowed URLs are fetched and called back as before", async () => {
    const r = await submit({
      ...body,
      image_url: `${host.url}/files/a.png`,
      callback_url: `${host.url}/webhooks/1`,
    });
    expect(r.status).toBe(200);
    await waitFor(() => sim.simulator.callbacks.length > 0);
    expect(sim.simulator.fetchedImages).toMatchObject([{ status: 200, bytes: TINY_PNG.length }]);
    expect(sim.simulator.callbacks).toMatchObject([{ status: 200 }]);
    expect(sim.simulator.callbacks[0]).not.toHaveProperty("error");
  });
});

describe("outbound requests", () => {
  it("never follows a redirect, for an image or a callback", async () => {
    await submit({
      ...body,
      image_url: `${host.url}/redirect/img`,
      callback_url: `${host.url}/redirect/cb`,
    });
    await waitFor(() => sim.simulator.callbacks.length > 0);
    await sim.simulator.idle();
    expect(sim.simulator.fetchedImages).toMatchObject([
      { status: 302, error: "HTTP 302 (redirects are not followed)" },
    ]);
    expect(sim.simulator.callbacks).toMatchObject([
      { status: 302, error: "HTTP 302 (redirects are not followed)" },
    ]);
    // Neither the image nor the webhook the 302 points at was requested.
    expect(host.hits.map((h) => h.path).sort()).toEqual(["/redirect/cb", "/redirect/img"]);
  });

  it.each(["/files/huge.png", "/files/huge-declared.png"])(
    "stops reading an image past 25 MB (%s)",
    async (file) => {
      await submit({ ...body, image_url: `${host.url}${file}` });
      await waitFor(() => sim.simulator.fetchedImages.length > 0);
      expect(sim.simulator.fetchedImages[0]).toMatchObject({
        status: 200,
        bytes: 25 * 1024 * 1024,
        error: "The image is larger than 25 MB.",
      });
    },
    15_000,
  );
});

describe("bounded logs", () => {
  it("keeps at most maxLogEntries requests, fetched images and callbacks, trimmed in place", async () => {
    const { requests, fetchedImages, callbacks } = sim.simulator;
    const prompts = [];
    for (let i = 0; i < 15; i++) {
      prompts.push(`p${i}`);
      await submit({
        ...body,
        prompt: `p${i}`,
        image_url: `${host.url}/files/${i}.png`,
        callback_url: `${host.url}/webhooks/${i}`,
      });
    }
    await waitFor(() => host.hits.filter((h) => h.method === "POST").length === 15);
    await sim.simulator.idle();
    expect(requests).toBe(sim.simulator.requests);
    expect(requests.map((r) => (r.body as { prompt: string }).prompt)).toEqual(prompts.slice(-5));
    expect([fetchedImages.length, callbacks.length]).toEqual([5, 5]);
    // The images are fetched concurrently, so which five finished last depends on the machine:
    // five distinct ones of this run are kept.
    const kept = fetchedImages.map((f) => f.url);
    expect(new Set(kept).size).toBe(5);
    for (const url of kept) expect(url).toMatch(new RegExp(`^${host.url}/files/\\d+\\.png$`));
  });
});

describe("request bodies", () => {
  const big = JSON.stringify({ ...body, prompt: "x".repeat(1024 * 1024) });

  it("a Content-Length above maxBodyBytes → 413, before the body is read", async () => {
    const response = await fetch(`${sim.url}/grok/videos`, { method: "POST", headers: auth, body: big });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      error: { code: "bad_request", message: "The request body is too large." },
    });
    expect(sim.simulator.tasks.size).toBe(0);
  });

  it("a streamed body passing maxBodyBytes → 413, the rest never pulled", async () => {
    const plain = createSimulator({ maxBodyBytes: 64 * 1024 });
    let pulled = 0;
    const chunk = new Uint8Array(16 * 1024).fill(0x20);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
        if (pulled >= 1024 * 1024) controller.close();
      },
    });
    const request = new Request("http://sim.test/grok/videos", {
      method: "POST",
      headers: { authorization: "Bearer x" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    const response = await plain.handle(request);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(256 * 1024);
  });

  it("over HTTP, a chunked body passing the cap is answered 413 too", async () => {
    const chunks = [big.slice(0, 500_000), big.slice(500_000)];
    const response = await fetch(`${sim.url}/grok/videos`, {
      method: "POST",
      headers: auth,
      body: new ReadableStream({
        pull(controller) {
          const next = chunks.shift();
          if (next === undefined) controller.close();
          else controller.enqueue(new TextEncoder().encode(next));
        },
      }),
      duplex: "half",
    } as RequestInit);
    expect(response.status).toBe(413);
  });

  it("a body under the cap is served as before", async () => {
    expect((await submit({ ...body, prompt: "y".repeat(60 * 1024) })).status).toBe(200);
  });
});

describe("the bad_request fault", () => {
  it("answers 400 bad_request once, creating nothing, then the simulator answers normally", async () => {
    sim.simulator.injectFault({ kind: "bad_request", path: "/grok/videos" });
    const refused = await submit(body);
    expect([refused.status, (refused.json.error as { code: string }).code]).toEqual([400, "bad_request"]);
    expect(sim.simulator.tasks.size).toBe(0);
    expect((await submit(body)).status).toBe(200);
  });
});

describe("tasks in flight per token (docs/upstream-api.md §6)", () => {
  it("answers 429 rate_limited past the limit, counts it, and takes submits again once tasks finish", async () => {
    let clock = Date.now();
    const capped = createSimulator({ token: TOKEN, taskDurationMs: 300, maxInFlight: 2, now: () => clock });
    const submit = () =>
      capped.handle(
        new Request("http://sim/grok/videos", { method: "POST", headers: auth, body: JSON.stringify(body) }),
      );
    const answers = [await submit(), await submit(), await submit()];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429]);
    expect(await answers[2]!.json()).toMatchObject({ error: { code: "rate_limited" } });
    expect(capped.stats).toMatchObject({ submits: 3, accepted: 2, rateLimited: 1, maxInFlight: 2 });
    // The request log says how each was answered, so a test can tell a paid submit from a refused one.
    expect(capped.requests.map((r) => r.status)).toEqual([200, 200, 429]);
    clock += 350; // both tasks have finished
    expect((await submit()).status).toBe(200);
    expect(capped.stats).toMatchObject({ accepted: 3, maxInFlight: 2 });
    capped.configure({ maxInFlight: null });
    expect([(await submit()).status, (await submit()).status]).toEqual([200, 200]);
    expect(capped.stats.maxInFlight).toBe(3);
    capped.stop();
  });
});
