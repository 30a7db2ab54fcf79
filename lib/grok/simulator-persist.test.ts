import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Receiver, startReceiver, waitFor } from "@/lib/testing/contract-fixtures";
import { type SimulatorServer, createSimulator, startSimulatorServer } from "./simulator";

/** Tasks kept in a JSON-lines file survive the simulator: a restarted one knows and finishes them. */
const TOKEN = "sim-persist-token";
const body = { prompt: "Tides", model: "grok-imagine-video", aspect_ratio: "16:9", duration: 4, async: true };
let dir: string;
let file: string;
let clock: number;
const now = () => clock;
const servers: SimulatorServer[] = [];
let receiver: Receiver | undefined;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "sim-persist-"));
  file = path.join(dir, "simulator", "tasks.jsonl");
  clock = 1_769_000_000_000;
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await receiver?.close();
  receiver = undefined;
  rmSync(dir, { recursive: true, force: true });
});

async function start(options: Parameters<typeof startSimulatorServer>[0] = {}) {
  const server = await startSimulatorServer({
    token: TOKEN,
    taskDurationMs: 60_000,
    now,
    persistFile: file,
    ...options,
  });
  servers.push(server);
  return server;
}
async function post(server: SimulatorServer, route: string, payload: unknown) {
  const response = await fetch(`${server.url}${route}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(payload),
  });
  return (await response.json()) as Record<string, unknown>;
}
const fileLines = () => readFileSync(file, "utf8").split("\n").filter(Boolean);

describe("persistFile", () => {
  it("a task submitted before a restart is retrieved, listed, finished and called back after it", async () => {
    receiver = await startReceiver();
    const first = await start();
    const { task_id } = await post(first, "/grok/videos", { ...body, callback_url: `${receiver.url}/cb/1` });
    // On disk as soon as the submit is answered: a `kill -9` now would not lose it.
    expect(fileLines().map((line) => JSON.parse(line).id)).toEqual([task_id]);
    first.simulator.stop();

    const second = await start();
    const pending = await post(second, "/grok/tasks", { id: task_id, action: "retrieve" });
    expect(pending).toMatchObject({ id: task_id, request: { prompt: "Tides" } });
    expect(pending).not.toHaveProperty("response");
    const listed = await post(second, "/grok/tasks", { action: "retrieve_batch", type: "videos" });
    expect(listed).toMatchObject({ total: 1, items: [{ id: task_id }] });

    clock += 60_000;
    const done = await post(second, "/grok/tasks", { id: task_id });
    expect(done).toMatchObject({
      response: { success: true, data: [{ video_url: expect.stringMatching(/\.mp4$/) }] },
    });
    const hit = await waitFor(() => receiver!.hits.find((h) => h.method === "POST"));
    expect(hit.body).toMatchObject({ success: true, task_id });
    await second.simulator.idle();

    // The callback's delivery is part of the task's history: a third simulator does not send it again.
    const third = await start();
    await post(third, "/grok/tasks", { id: task_id });
    await third.simulator.idle();
    expect(third.simulator.tasks.get(task_id as string)?.callback).toBe("sent");
    expect(receiver.hits.filter((h) => h.method === "POST")).toHaveLength(1);
  });

  it("a due callback is sent by the new simulator's own timer, without any request", async () => {
    receiver = await startReceiver();
    const first = await start();
    const { task_id } = await post(first, "/grok/videos", { ...body, callback_url: `${receiver.url}/cb/2` });
    first.simulator.stop();
    clock += 120_000;
    await start();
    const hit = await waitFor(() => receiver!.hits.find((h) => h.method === "POST"));
    expect(hit.body).toMatchObject({ success: true, task_id });
  });

  it("a task that never finishes stays pending after a reload (Infinity stored as null)", async () => {
    const first = await start();
    first.simulator.injectFault({ kind: "task_never_finishes" });
    const { task_id } = await post(first, "/grok/videos", body);
    expect(JSON.parse(fileLines()[0]!)).toMatchObject({ id: task_id, finishAt: null });

    const second = await start();
    clock += 30 * 24 * 3600_000;
    const record = await post(second, "/grok/tasks", { id: task_id });
    expect(record).toMatchObject({ id: task_id, started_at: expect.any(Number) });
    expect(record).not.toHaveProperty("response");
    expect(second.simulator.tasks.get(task_id as string)?.finishAt).toBe(Number.POSITIVE_INFINITY);
  });

  it("keeps the newest maxTasks, in memory and on disk, compacting past twice as many lines", async () => {
    const sim = createSimulator({ taskDurationMs: 1_000, now, persistFile: file, maxTasks: 3 });
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      clock += 1_000;
      const response = await sim.handle(
        new Request("http://sim.test/grok/videos", {
          method: "POST",
          headers: { authorization: "Bearer x" },
          body: JSON.stringify({ ...body, prompt: `p${i}` }),
        }),
      );
      ids.push(((await response.json()) as { task_id: string }).task_id);
      expect(fileLines().length).toBeLessThanOrEqual(6);
    }
    const newest = ids.slice(-3);
    expect([...sim.tasks.keys()]).toEqual(newest);
    expect([...createSimulator({ now, persistFile: file, maxTasks: 3 }).tasks.keys()]).toEqual(newest);
  });

  it("skips a line cut short by a crash, and appends after it cleanly", async () => {
    const first = await start();
    const a = (await post(first, "/grok/videos", body)).task_id as string;
    first.simulator.stop();
    appendFileSync(file, '{"id":"half-writ');

    const second = await start();
    expect([...second.simulator.tasks.keys()]).toEqual([a]);
    const b = (await post(second, "/grok/videos", body)).task_id as string;
    second.simulator.stop();
    expect([...(await start()).simulator.tasks.keys()]).toEqual([a, b]);
  });

  it("reset forgets the tasks on disk too", async () => {
    const sim = await start();
    await post(sim, "/grok/videos", body);
    sim.simulator.reset();
    expect(fileLines()).toEqual([]);
    expect((await start()).simulator.tasks.size).toBe(0);
  });
});
