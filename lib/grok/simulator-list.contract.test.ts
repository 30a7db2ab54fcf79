import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type SimulatorServer, startSimulatorServer } from "./simulator";

/** `retrieve_batch` without ids: listing tasks by creation time (docs/upstream-api.md §2), in its three modes. */
const TOKEN = "sim-list-token";
const T0 = 1_769_000_000_000;
let clock = T0;
let sim: SimulatorServer;

beforeAll(async () => {
  sim = await startSimulatorServer({
    token: TOKEN,
    taskDurationMs: 1_000,
    controlEnabled: true,
    now: () => clock,
  });
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.simulator.reset();
  clock = T0;
});

async function post(route: string, payload: unknown, auth = true) {
  const response = await fetch(`${sim.url}${route}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(auth ? { authorization: `Bearer ${TOKEN}` } : {}) },
    body: JSON.stringify(payload),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** Five tasks, one every 10 s from T0; returns their ids, oldest first. */
async function submitFive(): Promise<string[]> {
  const ids = [];
  for (let i = 0; i < 5; i++) {
    clock = T0 + i * 10_000;
    const r = await post("/grok/videos", { prompt: `task ${i}`, model: "grok-imagine-video", async: true });
    ids.push(r.json.task_id as string);
  }
  clock = T0 + 60_000;
  return ids;
}

const list = (filters: Record<string, unknown>) =>
  post("/grok/tasks", { action: "retrieve_batch", type: "videos", ...filters });
const idsOf = (r: { json: Record<string, unknown> }) =>
  (r.json.items as Array<{ id: string }>).map((t) => t.id);

describe("listing tasks by time (supported)", () => {
  it("answers the tasks created within the window, newest first, with their request", async () => {
    const ids = await submitFive();
    const r = await list({ created_at_min: (T0 + 10_000) / 1000, created_at_max: (T0 + 30_000) / 1000 });
    expect(r.status).toBe(200);
    expect(idsOf(r)).toEqual([ids[3], ids[2], ids[1]]);
    expect(r.json).toMatchObject({ count: 3, total: 3 });
    expect((r.json.items as Array<Record<string, unknown>>)[0]).toMatchObject({
      type: "videos",
      created_at: (T0 + 30_000) / 1000,
      request: { prompt: "task 3" },
      response: { success: true },
    });
  });

  it("takes each bound alone, and a float bound just after a task leaves it out", async () => {
    const ids = await submitFive();
    expect(idsOf(await list({ created_at_min: (T0 + 30_000) / 1000 }))).toEqual([ids[4], ids[3]]);
    expect(idsOf(await list({ created_at_max: (T0 + 10_000) / 1000 }))).toEqual([ids[1], ids[0]]);
    expect(idsOf(await list({ created_at_min: (T0 + 40_001) / 1000 }))).toEqual([]);
    expect(idsOf(await list({ type: "images" }))).toEqual([]);
  });

  it("pages by offset and limit, with the total of all matching", async () => {
    const ids = await submitFive();
    const first = await list({ created_at_min: T0 / 1000, offset: 0, limit: 2 });
    const last = await list({ created_at_min: T0 / 1000, offset: 4, limit: 2 });
    expect([idsOf(first), first.json.count, first.json.total]).toEqual([[ids[4], ids[3]], 2, 5]);
    expect([idsOf(last), last.json.count, last.json.total]).toEqual([[ids[0]], 1, 5]);
    const all = await list({ limit: 1000 });
    expect(idsOf(all)).toEqual([...ids].reverse());
  });

  it("caps limit at 100 and defaults it to 50", async () => {
    clock = T0;
    for (let i = 0; i < 120; i++) {
      await post("/grok/videos", { prompt: `p${i}`, model: "grok-imagine-video", async: true });
      clock += 10;
    }
    expect((await list({ limit: 500 })).json).toMatchObject({ count: 100, total: 120 });
    expect((await list({})).json).toMatchObject({ count: 50, total: 120 });
  });

  it("refuses malformed filters; with ids it still reads those tasks only", async () => {
    const ids = await submitFive();
    const bad = await list({ created_at_min: "yesterday", offset: -1 });
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatchObject({
      code: "bad_request",
      message: expect.stringMatching(/created_at_min/),
    });
    const byIds = await post("/grok/tasks", { action: "retrieve_batch", ids: [ids[0]] });
    expect([idsOf(byIds), byIds.json.count, byIds.json.total]).toEqual([[ids[0]], 1, undefined]);
  });

  it("needs the token like any read", async () => {
    expect((await post("/grok/tasks", { action: "retrieve_batch" }, false)).status).toBe(400);
  });
});

describe("listing tasks when the upstream ignores or refuses the filters", () => {
  it("ignored: every task newest first, still paged", async () => {
    sim.simulator.configure({ listFilters: "ignored" });
    const ids = await submitFive();
    const r = await list({
      created_at_min: (T0 + 40_000) / 1000,
      created_at_max: (T0 + 40_000) / 1000,
      limit: 3,
    });
    expect([idsOf(r), r.json.total]).toEqual([[ids[4], ids[3], ids[2]], 5]);
    expect(idsOf(await list({ type: "images", offset: 3 }))).toEqual([ids[1], ids[0]]);
  });

  it("refused: 400 bad_request as if ids were required", async () => {
    sim.simulator.configure({ listFilters: "refused" });
    await submitFive();
    const r = await list({ created_at_min: T0 / 1000 });
    expect(r.status).toBe(400);
    expect(r.json.error).toEqual({ code: "bad_request", message: "ids must be a list of task ids." });
  });

  it("is switched at run time through POST /__sim/config, validated, and reset restores it", async () => {
    await submitFive();
    expect((await post("/__sim/config", { listFilters: "sometimes" })).status).toBe(400);
    expect((await post("/__sim/config", { listFilters: "refused", extra: 1 })).status).toBe(400);
    const set = await post("/__sim/config", { listFilters: "refused" });
    expect(set).toEqual({
      status: 200,
      json: { ok: true, config: { listFilters: "refused", maxInFlight: null, taskDurationMs: 1_000 } },
    });
    expect((await list({})).status).toBe(400);
    await post("/__sim/reset", {});
    expect(sim.simulator.config.listFilters).toBe("supported");
  });
});
