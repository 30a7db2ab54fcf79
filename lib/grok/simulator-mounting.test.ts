import { afterEach, describe, expect, it } from "vitest";
import { type Receiver, startReceiver, waitFor } from "@/lib/testing/contract-fixtures";
import { createSimulator } from "./simulator";

/** The simulator as a plain Web handler, mounted below a path the way the app's route does. */
const auth = { authorization: "Bearer demo", "content-type": "application/json" };
const body = {
  prompt: "Waves",
  model: "grok-imagine-video",
  aspect_ratio: "3:2",
  resolution: "480p",
  duration: 3,
  async: true,
};
const post = (url: string, payload: unknown = body) =>
  new Request(url, { method: "POST", headers: auth, body: JSON.stringify(payload) });

let receiver: Receiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

describe("mounted below basePath", () => {
  // The simulator's clock, moved by the test: a task is finished once its time has passed.
  let clock = Date.now();
  const sim = createSimulator({
    basePath: "/api/simulator",
    token: "demo",
    taskDurationMs: 10,
    now: () => clock,
  });

  it("serves the API below basePath and builds media URLs from the request's origin", async () => {
    const submitted = (await (
      await sim.handle(post("http://app.test/api/simulator/grok/videos"))
    ).json()) as { task_id: string };
    expect(sim.requests.at(-1)).toMatchObject({ method: "POST", path: "/grok/videos", body });
    clock += 20;
    const record = (await (
      await sim.handle(
        post("http://app.test/api/simulator/grok/tasks", { id: submitted.task_id, action: "retrieve" }),
      )
    ).json()) as { response: { data: Array<{ video_url: string }> } };
    expect(record.response.data[0]!.video_url).toBe("http://app.test/api/simulator/media/720x480-3s.mp4");
    const media = await sim.handle(
      new Request("http://app.test/api/simulator/media/720x480-3s.mp4", { method: "HEAD" }),
    );
    expect([media.status, media.headers.get("content-type"), await media.text()]).toEqual([
      200,
      "video/mp4",
      "",
    ]);
  });

  it("answers 404 no_api outside basePath, and for control routes unless enabled", async () => {
    for (const url of ["http://app.test/grok/videos", "http://app.test/api/simulator/__sim/reset"]) {
      const response = await sim.handle(post(url));
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: "no_api" } });
    }
  });

  it("uses publicBaseUrl when given", async () => {
    const pub = createSimulator({ publicBaseUrl: "https://cdn.example.test/sim/", taskDurationMs: 0 });
    const sync = (await (
      await pub.handle(post("http://internal:3000/grok/videos", { ...body, async: undefined }))
    ).json()) as {
      data: Array<{ video_url: string }>;
    };
    expect(sync.data[0]!.video_url).toBe("https://cdn.example.test/sim/media/720x480-3s.mp4");
  });
});

describe("control endpoints", () => {
  const sim = createSimulator({ controlEnabled: true, taskDurationMs: 10 });
  const control = (method: string, path: string, payload?: unknown) =>
    sim.handle(
      new Request(`http://sim.test${path}`, {
        method,
        body: payload === undefined ? undefined : JSON.stringify(payload),
      }),
    );

  it("injects and clears faults, lists requests, resets", async () => {
    expect((await control("POST", "/__sim/faults", { kind: "rate_limited", times: 2 })).status).toBe(200);
    expect((await sim.handle(post("http://sim.test/grok/videos"))).status).toBe(429);
    expect((await control("DELETE", "/__sim/faults")).status).toBe(200);
    expect((await sim.handle(post("http://sim.test/grok/videos"))).status).toBe(200);

    const log = (await (await control("GET", "/__sim/requests")).json()) as {
      requests: Array<{ path: string }>;
    };
    expect(log.requests.map((r) => r.path)).toEqual(["/grok/videos", "/grok/videos"]);
    const tasks = (await (await control("GET", "/__sim/tasks")).json()) as { items: unknown[] };
    expect(tasks.items).toHaveLength(1);

    await control("POST", "/__sim/reset");
    expect([sim.requests.length, sim.tasks.size]).toEqual([0, 0]);
  });

  it("refuses an unknown fault kind", async () => {
    const response = await control("POST", "/__sim/faults", { kind: "meteor" });
    expect(response.status).toBe(400);
  });
});

describe("faults are consumed in order", () => {
  it("applies HTTP faults to matching paths only, each `times` times", async () => {
    const sim = createSimulator({ taskDurationMs: 10 });
    sim.injectFault({ kind: "server_error", path: "/grok/tasks" });
    sim.injectFault({ kind: "used_up", times: 2 });
    const statuses = [];
    for (const path of ["/grok/videos", "/grok/tasks", "/grok/videos", "/grok/videos"]) {
      statuses.push(
        (await sim.handle(post(`http://sim.test${path}`, path === "/grok/tasks" ? { id: "x" } : body)))
          .status,
      );
    }
    expect(statuses).toEqual([403, 500, 403, 200]);
  });
});

describe("an injected clock", () => {
  it("drives the lifecycle and delivers callbacks on the next request once due", async () => {
    receiver = await startReceiver();
    let clock = 1_000_000;
    const sim = createSimulator({ taskDurationMs: 60_000, now: () => clock });
    const payload = { ...body, callback_url: `${receiver.url}/cb` };
    const { task_id } = (await (await sim.handle(post("http://sim.test/grok/videos", payload))).json()) as {
      task_id: string;
    };
    expect(sim.taskRecord(task_id)).not.toHaveProperty("response");
    clock += 60_000;
    expect(sim.taskRecord(task_id)).toMatchObject({ response: { success: true } });
    await sim.handle(post("http://sim.test/grok/tasks", { id: task_id }));
    const hit = await waitFor(() => receiver!.hits.find((h) => h.method === "POST"));
    expect(hit.body).toMatchObject({ success: true, task_id });
    sim.reset();
  });
});
