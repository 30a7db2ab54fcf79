import { expect, type APIRequestContext } from "@playwright/test";

/**
 * Options for the suite's polled reads. A read that reuses a kept-alive connection at the moment
 * the server closes it for idleness (Node's 5 s) fails with ECONNRESET; a browser retries such an
 * idempotent request, and so do these (Playwright retries only ECONNRESET).
 */
export const READ = { maxRetries: 2 } as const;

/**
 * Drives a Grok simulator's control API (`/__sim/*`, present only with SIMULATOR_CONTROL=1 or
 * `--control`) and reads the app's own API as the signed-in browser does.
 */
export class SimulatorControl {
  constructor(
    private readonly request: APIRequestContext,
    /** e.g. "http://127.0.0.1:3100/api/simulator" (demo) or "http://127.0.0.1:4010" (stand-alone). */
    private readonly base: string,
  ) {}

  async inject(kind: string, extra: Record<string, unknown> = {}) {
    const response = await this.request.post(`${this.base}/__sim/faults`, {
      data: { kind, path: "/grok/videos", ...extra },
    });
    expect(response.ok(), await response.text()).toBe(true);
  }

  async clearFaults() {
    // Idempotent, so retried like the reads when a kept-alive connection was just closed.
    await this.request.delete(`${this.base}/__sim/faults`, READ);
  }

  /** The submits the simulator received for this prompt. */
  async submitsFor(prompt: string): Promise<number> {
    return (await this.submitLog(prompt)).length;
  }

  /** Of those, the ones refused with 429 (no task made, nothing charged). */
  async rateLimitedFor(prompt: string): Promise<number> {
    return (await this.submitLog(prompt)).filter((r) => r.status === 429).length;
  }

  /** Reads of this task's state the simulator received (one by id, or a batch naming it), by action. */
  async taskReads(taskId: string): Promise<unknown[]> {
    return (await this.requestLog())
      .filter((r) => {
        const body = r.body as { id?: unknown; ids?: unknown } | null;
        return (
          r.path.endsWith("/grok/tasks") &&
          (body?.id === taskId || (Array.isArray(body?.ids) && body.ids.map(String).includes(taskId)))
        );
      })
      .map((r) => (r.body as { action?: unknown }).action);
  }

  /** The bodies of the submits whose prompt starts so (a prompt the app added to, e.g. a cast's descriptions). */
  async submitBodiesStartingWith(start: string): Promise<Array<Record<string, unknown>>> {
    return (await this.requestLog())
      .filter(
        (r) =>
          r.method === "POST" &&
          r.path === "/grok/videos" &&
          String((r.body as { prompt?: unknown })?.prompt ?? "").startsWith(start),
      )
      .map((r) => r.body as Record<string, unknown>);
  }

  private async requestLog() {
    const log = (await (await this.request.get(`${this.base}/__sim/requests`, READ)).json()) as {
      requests: Array<{ method: string; path: string; body: unknown; status?: number }>;
    };
    return log.requests;
  }

  private async submitLog(prompt: string) {
    return (await this.requestLog()).filter(
      (r) =>
        r.method === "POST" &&
        r.path === "/grok/videos" &&
        (r.body as { prompt?: string })?.prompt === prompt,
    );
  }

  /** Counters since the simulator started: submits, tasks accepted, 429s, the most tasks in flight. */
  async stats(): Promise<{ submits: number; accepted: number; rateLimited: number; maxInFlight: number }> {
    return ((await (await this.request.get(`${this.base}/__sim/stats`, READ)).json()) as { stats: never })
      .stats;
  }

  /** The simulator's tasks made from this prompt. */
  async tasksFor(prompt: string): Promise<Array<Record<string, unknown>>> {
    const { items } = (await (await this.request.get(`${this.base}/__sim/tasks`, READ)).json()) as {
      items: Array<{ request?: { prompt?: string } } & Record<string, unknown>>;
    };
    return items.filter((t) => t.request?.prompt === prompt);
  }
}

export interface StoredGeneration {
  id: string;
  state: string;
  errorCode: string | null;
  errorMessage: string | null;
  traceId: string | null;
  saved: "stored" | "saving" | "not_saved" | null;
  mirrorError: string | null;
  copyRetry: { failed: number; of: number; nextTryBy: string | null } | null;
}

/** The app's own record of the generation with this prompt, read through its API. */
export async function generationByPrompt(request: APIRequestContext, baseURL: string, prompt: string) {
  const page = (await (await request.get(`${baseURL}/api/generations?status=all&limit=50`, READ)).json()) as {
    items: StoredGeneration[] & Array<{ prompt: string }>;
  };
  return page.items.find((g) => (g as unknown as { prompt: string }).prompt === prompt);
}

/** Seconds of video counted against the member this month (requested minus refunded). */
export async function usedSeconds(request: APIRequestContext, baseURL: string): Promise<number> {
  return ((await (await request.get(`${baseURL}/api/usage`, READ)).json()) as { usedSeconds: number })
    .usedSeconds;
}
