import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type GrokClientOptions, type SubmitVideoRequest, createGrokClient } from "./client";
import { waitFor } from "@/lib/testing/contract-fixtures";
import { interpretTask } from "./schemas";
import { type SimulatorServer, startSimulatorServer } from "./simulator";

/** Task reads against the simulator over HTTP: retried when transient, never when refused. */
const TOKEN = "sim-reads-token";
let sim: SimulatorServer;
let clock: number | undefined;

beforeAll(async () => {
  sim = await startSimulatorServer({ token: TOKEN, taskDurationMs: 200, now: () => clock ?? Date.now() });
});
afterAll(() => sim.close());
beforeEach(() => {
  clock = undefined;
  sim.simulator.reset();
});

const sleeps: number[] = [];
const client = (options: Partial<GrokClientOptions> = {}) =>
  createGrokClient({
    baseUrl: sim.url,
    token: TOKEN,
    readTimeoutMs: 2_000,
    sleep: async (ms) => void sleeps.push(ms),
    ...options,
  });
const request: SubmitVideoRequest = {
  prompt: "Dawn over a glacier",
  model: "grok-imagine-video",
  aspectRatio: "9:16",
  resolution: "720p",
  duration: 6,
};
const reads = () => sim.simulator.requests.filter((r) => r.method === "POST" && r.path === "/grok/tasks");

describe("retrieveTask: retries", () => {
  it.each(["rate_limited", "server_error", "gateway_timeout"] as const)(
    "retries %s twice, then succeeds: 3 POSTs",
    async (kind) => {
      const { taskId } = await client().submitVideo(request);
      sim.simulator.injectFault({ kind, times: 2, path: "/grok/tasks" });
      const record = await client().retrieveTask(taskId);
      expect(record.id).toBe(taskId);
      expect(reads()).toHaveLength(3);
      expect(
        reads().every((r) => JSON.stringify(r.body) === JSON.stringify({ id: taskId, action: "retrieve" })),
      ).toBe(true);
    },
  );

  it("retries a read that hangs past its timeout", async () => {
    const { taskId } = await client().submitVideo(request);
    sim.simulator.injectFault({ kind: "hang", path: "/grok/tasks" });
    await expect(client({ readTimeoutMs: 200 }).retrieveTask(taskId)).resolves.toHaveProperty("id", taskId);
    expect(reads()).toHaveLength(2);
  });

  it("gives up after maxReadRetries + 1 attempts with a retryable error", async () => {
    sim.simulator.injectFault({ kind: "server_error", times: 10, path: "/grok/tasks" });
    await expect(client({ maxReadRetries: 3 }).retrieveTask("any")).rejects.toMatchObject({
      code: "api_error",
      retryable: true,
    });
    expect(reads()).toHaveLength(4);
  });

  it.each([
    ["invalid_token", "invalid_token"],
    ["used_up", "used_up"],
    ["forbidden", "forbidden"],
  ] as const)("never retries %s", async (kind, code) => {
    sim.simulator.injectFault({ kind, path: "/grok/tasks" });
    await expect(client().retrieveTask("any")).rejects.toMatchObject({ code, retryable: false });
    expect(reads()).toHaveLength(1);
  });

  it("never retries a 400", async () => {
    await expect(client().retrieveTask("")).rejects.toMatchObject({ code: "bad_request", httpStatus: 400 });
    expect(reads()).toHaveLength(1);
  });

  it("does not retry an unreadable 200", async () => {
    sim.simulator.injectFault({ kind: "malformed_json", path: "/grok/tasks" });
    await expect(client().retrieveTask("any")).rejects.toMatchObject({ code: "malformed_response" });
    expect(reads()).toHaveLength(1);
  });

  it("an unknown task id → task_not_found", async () => {
    await expect(client().retrieveTask("00000000-0000-0000-0000-000000000000")).rejects.toMatchObject({
      code: "task_not_found",
    });
  });
});

describe("task records", () => {
  it("retrieve_batch returns every known task in one POST", async () => {
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await client().submitVideo(request)).taskId);
    const records = await client().retrieveTasks([...ids, "unknown-id"]);
    expect(records.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(reads()).toHaveLength(1);
    expect(reads()[0]!.body).toEqual({ ids: [...ids, "unknown-id"], action: "retrieve_batch" });
  });

  it("shows pending → running → succeeded with float-second timestamps, fields appearing as it goes", async () => {
    clock = 1_769_262_721_100;
    const { taskId } = await client().submitVideo(request);
    const first = await client().retrieveTask(taskId);
    expect(first).toMatchObject({ id: taskId, type: "videos", created_at: 1769262721.1 });
    expect(first.request).toEqual({ ...(sim.simulator.requests[0]!.body as object) });
    for (const absent of ["started_at", "finished_at", "elapsed", "response"])
      expect(first).not.toHaveProperty(absent);
    expect(interpretTask(first).status).toBe("pending");

    clock += 100;
    const second = await client().retrieveTask(taskId);
    expect(second.started_at).toBe(1769262721.12);
    expect(second).not.toHaveProperty("response");
    expect(interpretTask(second).status).toBe("running");

    clock += 100;
    const done = await client().retrieveTask(taskId);
    expect(done).toMatchObject({ finished_at: 1769262721.3, elapsed: 0.18 });
    expect(done.response).toMatchObject({ success: true, task_id: taskId, data: [{ state: "succeeded" }] });
    expect(interpretTask(done)).toMatchObject({
      status: "succeeded",
      videoUrl: `${sim.url}/media/720x1280-6s.mp4`,
    });
  });

  it("task_fails: the task fails at completion with a moderation error", async () => {
    sim.simulator.injectFault({ kind: "task_fails" });
    const { taskId } = await client().submitVideo(request);
    const task = await waitFor(async () => {
      const t = interpretTask(await client().retrieveTask(taskId));
      return t.status !== "pending" && t.status !== "running" && t;
    });
    expect(task).toMatchObject({ status: "failed", errorCode: "forbidden" });
    expect(task.errorMessage).toMatch(/moderation/);
  });

  it("task_never_finishes: the task stays running", async () => {
    clock = 1_000_000;
    sim.simulator.injectFault({ kind: "task_never_finishes" });
    const { taskId } = await client().submitVideo(request);
    clock += 3_600_000;
    const record = await client().retrieveTask(taskId);
    expect(interpretTask(record).status).toBe("running");
    expect(record).not.toHaveProperty("finished_at");
  });
});
