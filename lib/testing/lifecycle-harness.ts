import http from "node:http";
import type { AddressInfo } from "node:net";
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createGrokClient } from "@/lib/grok/client";
import { generationSettingsSchema } from "@/lib/grok/settings-schema";
import { startSimulatorServer } from "@/lib/grok/simulator/server";
import { handleGrokCallback } from "@/lib/generations/handle-callback";
import { DEFAULT_LIMITS } from "@/lib/generations/limits";
import type { SubmitDeps } from "@/lib/generations/submit-generation";
import type { Jobs } from "@/lib/jobs/enqueue";
import { createUser } from "./factories";

export const SIM_TOKEN = "sim-test-token";

/**
 * The upstream simulator over real HTTP, our Grok client pointed at it, and a real HTTP
 * receiver for its callbacks that runs our callback handler — everything but Next.js itself.
 */
export async function startLifecycleHarness(
  db: PrismaClient,
  options: { taskDurationMs?: number; submitTimeoutMs?: number; maxInFlight?: number } = {},
) {
  const sim = await startSimulatorServer({
    port: 0,
    token: SIM_TOKEN,
    taskDurationMs: options.taskDurationMs ?? 300,
    maxInFlight: options.maxInFlight,
  });
  const grok = createGrokClient({
    baseUrl: sim.url,
    token: SIM_TOKEN,
    submitTimeoutMs: options.submitTimeoutMs ?? 2_000,
    readTimeoutMs: 2_000,
  });
  const callbacks: Array<{ generationId: string; status: number }> = [];
  // The job engine the callback handler follows up with, once a test starts one.
  let jobs: Jobs | undefined;

  const receiver = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://receiver");
    const generationId = decodeURIComponent(url.pathname.split("/").pop() ?? "");
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    let body: unknown = null;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString());
    } catch {
      body = null;
    }
    const outcome = await handleGrokCallback(
      { db, grok, jobs },
      { generationId, token: url.searchParams.get("token"), body },
    );
    const status = outcome === "not_found" ? 404 : 200;
    callbacks.push({ generationId, status });
    res.writeHead(status).end();
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const appUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

  const deps = (overrides: Partial<SubmitDeps> = {}): SubmitDeps => ({
    db,
    grok,
    appUrl,
    // No cap unless a test sets one: most tests are about one submit, not the token's slots.
    cap: options.maxInFlight ?? 1_000,
    submitTimeoutMs: options.submitTimeoutMs ?? 2_000,
    limits: {
      ...DEFAULT_LIMITS,
      memberPerMinute: 1_000,
      memberUnfinished: 1_000,
      workspaceUnfinished: 1_000,
    },
    ...overrides,
  });

  return {
    sim,
    grok,
    appUrl,
    callbacks,
    deps,
    /** Every `POST /grok/videos` since the simulator started (or was reset). */
    submits: () => sim.simulator.stats.submits,
    /** The `POST /grok/videos` requests the simulator logged for this prompt, whatever their answer. */
    submitsFor: (prompt: string) =>
      sim.simulator.requests.filter(
        (r) =>
          r.method === "POST" &&
          r.path === "/grok/videos" &&
          (r.body as { prompt?: unknown } | null)?.prompt === prompt,
      ).length,
    useJobs(engineJobs: Jobs | undefined) {
      jobs = engineJobs;
    },
    taskReads: () => sim.simulator.requests.filter((r) => r.path.endsWith("/grok/tasks")),
    async member() {
      const { user, workspace } = await createUser(db);
      return { userId: user.id, workspaceId: workspace.id };
    },
    async close() {
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
      await sim.close();
    },
  };
}

/** Settings as the submit action gets them: parsed by the one settings schema. */
export const settings = (overrides: Record<string, unknown> = {}) =>
  generationSettingsSchema.parse({
    prompt: "A paper boat drifting down a rainy street",
    model: "grok-imagine-video",
    aspectRatio: "16:9",
    resolution: "480p",
    durationSec: 6,
    ...overrides,
  });

export const newKey = () => randomUUID();

export const waitFor = async <T>(
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 10_000,
): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error("waitFor: condition not met in time");
    await new Promise((r) => setTimeout(r, 50));
  }
};
