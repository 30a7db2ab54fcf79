import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type GrokClientOptions, type SubmitVideoRequest, createGrokClient } from "./client";
import { type Receiver, closedPortUrl, startReceiver, waitFor } from "@/lib/testing/contract-fixtures";
import type { GrokError } from "./errors";
import { interpretTask } from "./schemas";
import { type SimulatorServer, startSimulatorServer } from "./simulator";

/**
 * Our client against the simulator over real HTTP: what goes on the wire (docs/upstream-api.md §1), and
 * how every upstream misbehaviour surfaces — with exactly one submit POST each time.
 */
const TOKEN = "sim-contract-token";
let sim: SimulatorServer;
let receiver: Receiver;

beforeAll(async () => {
  sim = await startSimulatorServer({ port: 0, token: TOKEN, taskDurationMs: 200 });
  receiver = await startReceiver();
});
afterAll(async () => {
  await sim.close();
  await receiver.close();
});
beforeEach(() => sim.simulator.reset());

const client = (options: Partial<GrokClientOptions> = {}) =>
  createGrokClient({
    baseUrl: sim.url,
    token: TOKEN,
    submitTimeoutMs: 2_000,
    readTimeoutMs: 2_000,
    ...options,
  });
const request: SubmitVideoRequest = {
  prompt: "A paper boat drifting down a rainy street",
  model: "grok-imagine-video",
  aspectRatio: "16:9",
  resolution: "480p",
  duration: 8,
};
const submits = () => sim.simulator.requests.filter((r) => r.method === "POST" && r.path === "/grok/videos");

describe("submit: what goes on the wire", () => {
  it("posts the documented snake_case body with async true, the Bearer token and JSON headers", async () => {
    const accepted = await client().submitVideo({
      ...request,
      imageUrl: `${receiver.url}/image.png?first`,
      referenceImageUrls: [`${receiver.url}/image.png?ref1`, `${receiver.url}/image.png?ref2`],
      callbackUrl: `${receiver.url}/api/webhooks/grok/gen_1?token=secret`,
    });
    const [sent] = submits();
    expect(submits()).toHaveLength(1);
    expect(sent!.headers).toMatchObject({
      authorization: `Bearer ${TOKEN}`,
      "content-type": "application/json",
      accept: "application/json",
    });
    expect(sent!.body).toEqual({
      prompt: request.prompt,
      model: "grok-imagine-video",
      image_url: `${receiver.url}/image.png?first`,
      reference_image_urls: [`${receiver.url}/image.png?ref1`, `${receiver.url}/image.png?ref2`],
      aspect_ratio: "16:9",
      resolution: "480p",
      duration: 8,
      callback_url: `${receiver.url}/api/webhooks/grok/gen_1?token=secret`,
      async: true,
    });
    expect(accepted.taskId).toMatch(/^[0-9a-f-]{36}$/);
    expect(accepted.traceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(sim.simulator.tasks.has(accepted.taskId)).toBe(true);
  });

  it("omits every optional field that was not given, callback_url included", async () => {
    await client().submitVideo(request);
    expect(Object.keys(submits()[0]!.body as object)).toEqual([
      "prompt",
      "model",
      "aspect_ratio",
      "resolution",
      "duration",
      "async",
    ]);
  });
});

describe("submit: each fault → one POST and the right error", () => {
  it.each([
    ["rate_limited", "too_many_requests", 429, true, false],
    ["server_error", "api_error", 500, true, false],
    ["gateway_timeout", "timeout", 504, false, true],
    ["used_up", "used_up", 403, false, false],
    ["forbidden", "forbidden", 403, false, false],
    ["invalid_token", "invalid_token", 401, false, false],
    ["malformed_json", "malformed_response", 200, false, true],
    ["missing_task_id", "malformed_response", 200, false, true],
  ] as const)(
    "%s → %s (HTTP %i), retryable %s, maybeSent %s",
    async (kind, code, httpStatus, retryable, maybeSent) => {
      sim.simulator.injectFault({ kind, path: "/grok/videos" });
      const error = (await client()
        .submitVideo(request)
        .catch((e: unknown) => e)) as GrokError;
      expect(error).toMatchObject({ name: "GrokError", code, httpStatus, retryable, maybeSent });
      expect(error.userMessage.length).toBeGreaterThan(10);
      expect(submits()).toHaveLength(1);
      // The fault was used up: the next submit goes through.
      await expect(client().submitVideo(request)).resolves.toHaveProperty("taskId");
      expect(submits()).toHaveLength(2);
    },
  );

  it("hang → timeout_after_send within the configured timeout, one POST, nothing created", async () => {
    sim.simulator.injectFault({ kind: "hang" });
    const started = Date.now();
    const error = (await client({ submitTimeoutMs: 300 })
      .submitVideo(request)
      .catch((e: unknown) => e)) as GrokError;
    const elapsed = Date.now() - started;
    expect(error).toMatchObject({ code: "timeout_after_send", maybeSent: true, retryable: false });
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1_500);
    expect(submits()).toHaveLength(1);
    expect(sim.simulator.tasks.size).toBe(0);
  });

  it("accept_then_hang → timeout_after_send, yet the task exists, finishes and calls back", async () => {
    sim.simulator.injectFault({ kind: "accept_then_hang" });
    const callbackUrl = `${receiver.url}/api/webhooks/grok/gen_2?token=s`;
    const error = (await client({ submitTimeoutMs: 300 })
      .submitVideo({ ...request, callbackUrl })
      .catch((e: unknown) => e)) as GrokError;
    expect(error).toMatchObject({ code: "timeout_after_send", maybeSent: true });
    expect(submits()).toHaveLength(1);
    const [taskId] = [...sim.simulator.tasks.keys()];
    expect(taskId).toBeDefined();

    const task = await waitFor(async () => {
      const t = interpretTask(await client().retrieveTask(taskId!));
      return t.status === "succeeded" && t;
    });
    expect(task.videoUrl).toMatch(/\/media\/848x480-8s\.mp4$/);
    const callback = await waitFor(() =>
      receiver.hits.find((h) => h.path === "/api/webhooks/grok/gen_2?token=s"),
    );
    expect(callback.body).toMatchObject({ success: true, task_id: taskId });
    expect(submits()).toHaveLength(1);
  });

  it("an unreachable upstream → network, maybeSent false", async () => {
    const unreachable = createGrokClient({ baseUrl: await closedPortUrl(), token: TOKEN });
    await expect(unreachable.submitVideo(request)).rejects.toMatchObject({
      code: "network",
      maybeSent: false,
      retryable: true,
    });
  });

  it("a refused token → 401 invalid_token, not retryable", async () => {
    await expect(client({ token: "wrong" }).submitVideo(request)).rejects.toMatchObject({
      code: "invalid_token",
      httpStatus: 401,
      retryable: false,
      maybeSent: false,
    });
  });

  it("settings the upstream refuses → 400 bad_request with its trace id", async () => {
    const error = (await client()
      .submitVideo({ ...request, duration: 16 })
      .catch((e: unknown) => e)) as GrokError;
    expect(error).toMatchObject({ code: "bad_request", httpStatus: 400, retryable: false, maybeSent: false });
    expect(error.upstreamMessage).toMatch(/duration/);
    expect(error.traceId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
