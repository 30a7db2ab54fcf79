import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type Receiver, TINY_PNG, startReceiver, waitFor } from "@/lib/testing/contract-fixtures";
import { type SimulatorServer, createSimulator, startSimulatorServer } from "./simulator";

/** The simulator's own contract over HTTP: auth, validation, modes, callbacks, image fetches. */
const TOKEN = "sim-own-token";
let sim: SimulatorServer;
let receiver: Receiver;

beforeAll(async () => {
  sim = await startSimulatorServer({ token: TOKEN, taskDurationMs: 200 });
  receiver = await startReceiver();
});
afterAll(async () => {
  await sim.close();
  await receiver.close();
});
beforeEach(() => {
  sim.simulator.reset();
  receiver.hits.length = 0;
});

const body = {
  prompt: "A fox in the snow",
  model: "grok-imagine-video",
  aspect_ratio: "1:1",
  resolution: "480p",
  duration: 4,
  async: true,
};
async function call(
  route: string,
  payload: unknown,
  headers: Record<string, string> = { authorization: `Bearer ${TOKEN}` },
) {
  const response = await fetch(`${sim.url}${route}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof payload === "string" ? payload : JSON.stringify(payload),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
const errorOf = (r: { json: Record<string, unknown> }) =>
  (r.json.error ?? {}) as { code?: string; message?: string };

describe("auth", () => {
  it.each(["/grok/videos", "/grok/tasks"])(
    "%s: missing header → 400 no_token; wrong or malformed → 401 invalid_token",
    async (route) => {
      const missing = await call(route, body, {});
      expect(missing.status).toBe(400);
      expect(errorOf(missing).code).toBe("no_token");
      expect(missing.json.trace_id).toEqual(expect.any(String));
      for (const authorization of ["Bearer nope", `Basic ${TOKEN}`, "Bearer"]) {
        const wrong = await call(route, body, { authorization });
        expect([wrong.status, errorOf(wrong).code]).toEqual([401, "invalid_token"]);
      }
      expect(sim.simulator.tasks.size).toBe(0);
    },
  );

  it("without a configured token any bearer token passes, but the header stays required", async () => {
    const open = createSimulator({ taskDurationMs: 50 });
    const post = (headers: Record<string, string>) =>
      open.handle(
        new Request("http://sim.test/grok/videos", { method: "POST", headers, body: JSON.stringify(body) }),
      );
    expect((await post({ authorization: "Bearer anything" })).status).toBe(200);
    expect((await post({})).status).toBe(400);
  });
});

describe("validation (400 bad_request)", () => {
  it.each([
    ["no prompt", { ...body, prompt: undefined }, /prompt is required/],
    ["blank prompt", { ...body, prompt: "  " }, /prompt is required/],
    ["unknown model", { ...body, model: "sora-2" }, /model/],
    ["aspect ratio", { ...body, aspect_ratio: "21:9" }, /aspect_ratio/],
    ["resolution for the model", { ...body, resolution: "1080p" }, /resolution/],
    ["duration above range", { ...body, duration: 16 }, /duration must be an integer from 1 to 15/],
    [
      "duration below the fast model's range",
      { ...body, model: "grok-imagine-video-1.5-fast:reverse", duration: 5 },
      /6 to 30/,
    ],
    ["fractional duration", { ...body, duration: 6.5 }, /duration/],
    ["image_url not http(s)", { ...body, image_url: "ftp://x/y.png" }, /image_url/],
    [
      "image-only model without image",
      { ...body, model: "grok-imagine-video-1.5:official" },
      /image_url is required/,
    ],
    [
      "references on the image-only model",
      {
        ...body,
        model: "grok-imagine-video-1.5:official",
        image_url: "https://x/a.png",
        reference_image_urls: ["https://x/b.png"],
      },
      /does not accept/,
    ],
    ["five references", { ...body, reference_image_urls: Array(5).fill("https://x/a.png") }, /At most 4/],
    ["reference not a URL", { ...body, reference_image_urls: ["nope"] }, /reference_image_urls/],
    ["callback_url", { ...body, callback_url: "javascript:alert(1)" }, /callback_url/],
    ["async not boolean", { ...body, async: "yes" }, /async/],
    ["a JSON array", [body], /JSON object/],
  ])("%s", async (_name, payload, message) => {
    const r = await call("/grok/videos", payload);
    expect(r.status).toBe(400);
    expect(errorOf(r).code).toBe("bad_request");
    expect(errorOf(r).message).toMatch(message);
    expect(sim.simulator.tasks.size).toBe(0);
  });

  it("refuses a body that is not JSON", async () => {
    const r = await call("/grok/videos", "{not json");
    expect([r.status, errorOf(r).code]).toEqual([400, "bad_request"]);
  });

  it("accepts image-to-video without a prompt, as documented", async () => {
    const r = await call("/grok/videos", {
      model: "grok-imagine-video-1.5:official",
      image_url: `${receiver.url}/image.png`,
      async: true,
    });
    expect(r.status).toBe(200);
    expect(r.json.task_id).toEqual(expect.any(String));
  });

  it("answers unknown paths and methods with 404 no_api", async () => {
    expect(errorOf(await call("/grok/images", body)).code).toBe("no_api");
    const get = await fetch(`${sim.url}/grok/videos`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(get.status).toBe(404);
  });
});

describe("modes, directives, callbacks and image fetches", () => {
  it("without async or callback_url, blocks until done and returns the synchronous envelope", async () => {
    const started = Date.now();
    const r = await call("/grok/videos", { ...body, async: undefined });
    expect(Date.now() - started).toBeGreaterThanOrEqual(180);
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({
      success: true,
      task_id: expect.any(String),
      data: [{ state: "succeeded" }],
    });
    expect((r.json.data as Array<{ id: string }>)[0]!.id).toMatch(/^grok-imagine-video:/);
  });

  it("[sim:fail] fails the task with a moderation message; [sim:slow] takes 3× longer", async () => {
    const failed = await call("/grok/videos", { ...body, async: undefined, prompt: "x [sim:fail]" });
    expect(failed.json).toMatchObject({
      success: false,
      error: { code: "forbidden", message: expect.stringMatching(/moderation/) },
    });
    const slow = await call("/grok/videos", { ...body, prompt: "x [sim:slow]" });
    const task = sim.simulator.tasks.get(slow.json.task_id as string)!;
    expect(task.finishAt - task.createdAt).toBe(600);
  });

  it("POSTs the §3 envelope to callback_url once, when the task is done", async () => {
    const r = await call("/grok/videos", { ...body, callback_url: `${receiver.url}/cb/1?token=s` });
    const hit = await waitFor(() => receiver.hits.find((h) => h.method === "POST"));
    expect(hit.path).toBe("/cb/1?token=s");
    expect(hit.headers["content-type"]).toBe("application/json");
    expect(hit.body).toEqual({
      success: true,
      task_id: r.json.task_id,
      trace_id: r.json.trace_id,
      data: [
        {
          id: expect.stringMatching(/^grok-imagine-video:/),
          video_url: `${sim.url}/media/480x480-4s.mp4`,
          state: "succeeded",
        },
      ],
    });
    // A later read (which also sends any callback that is due) and all the work it starts are done:
    // still one callback.
    await call("/grok/tasks", { id: r.json.task_id, action: "retrieve" });
    await sim.simulator.idle();
    expect(receiver.hits.filter((h) => h.method === "POST")).toHaveLength(1);
    expect(sim.simulator.callbacks).toMatchObject([{ taskId: r.json.task_id, status: 200 }]);
  });

  it("sends the failure envelope for a failed task", async () => {
    sim.simulator.injectFault({
      kind: "task_fails",
      error: { code: "content_moderation", message: "Refused." },
    });
    const r = await call("/grok/videos", { ...body, callback_url: `${receiver.url}/cb/2` });
    const hit = await waitFor(() => receiver.hits.find((h) => h.method === "POST"));
    expect(hit.body).toEqual({
      success: false,
      task_id: r.json.task_id,
      trace_id: r.json.trace_id,
      error: { code: "content_moderation", message: "Refused." },
    });
  });

  it("fetches (GET, in full) every image it is given", async () => {
    const image = `${receiver.url}/image.png?input`;
    const refs = [`${receiver.url}/image.png?r1`, `${receiver.url}/image.png?r2`];
    await call("/grok/videos", { ...body, image_url: image, reference_image_urls: refs });
    await sim.simulator.idle();
    const fetched = sim.simulator.fetchedImages.map(({ url, status, bytes }) => ({ url, status, bytes }));
    expect(fetched.sort((a, b) => a.url.localeCompare(b.url))).toEqual(
      [image, ...refs].sort().map((url) => ({ url, status: 200, bytes: TINY_PNG.length })),
    );
    expect(receiver.hits.filter((h) => h.method === "GET")).toHaveLength(3);
  });

  it("fails a task whose image it cannot download", async () => {
    const r = await call("/grok/videos", { ...body, image_url: `${receiver.url}/missing.png` });
    await sim.simulator.idle();
    expect(sim.simulator.fetchedImages[0]).toMatchObject({ status: 404, error: "HTTP 404" });
    const record = await waitFor(
      async () =>
        (await call("/grok/tasks", { id: r.json.task_id })).json.response as Record<string, unknown>,
    );
    expect(record).toMatchObject({ success: false, error: { code: "bad_request" } });
  });
});
