import { describe, expect, it, vi } from "vitest";
import { createGrokClient, submitBody } from "./client";
import type { GrokError } from "./errors";
import { backoffMs, certainlyNotSent, parseRetryAfter } from "./transport";

/** A fetch that answers from a script, recording every call. */
function scripted(...steps: Array<Response | Error | (() => Response)>) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const fetch = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const step = steps[Math.min(calls.length - 1, steps.length - 1)];
    if (step instanceof Error) throw step;
    return typeof step === "function" ? step() : step!.clone();
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const systemError = (code: string) => Object.assign(new Error(code), { code });
const fetchFailed = (cause: unknown) => new TypeError("fetch failed", { cause });
const submitReq = {
  prompt: "p",
  model: "grok-imagine-video",
  aspectRatio: "1:1",
  resolution: "480p",
  duration: 5,
} as const;

async function submitError(error: Error): Promise<GrokError> {
  const { fetch, calls } = scripted(error);
  const client = createGrokClient({ baseUrl: "http://x", token: "t", fetch });
  const thrown = await client.submitVideo(submitReq).catch((e: GrokError) => e);
  expect(calls).toHaveLength(1);
  return thrown as GrokError;
}

describe("transport failures on submit", () => {
  it.each(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "UND_ERR_CONNECT_TIMEOUT"])(
    "%s → network, not sent, retryable",
    async (code) => {
      expect(await submitError(fetchFailed(systemError(code)))).toMatchObject({
        code: "network",
        maybeSent: false,
        retryable: true,
      });
    },
  );

  it("reads codes inside an AggregateError (several addresses tried)", async () => {
    const cause = Object.assign(
      new AggregateError([systemError("ECONNREFUSED"), systemError("ECONNREFUSED")]),
      { code: "ECONNREFUSED" },
    );
    expect((await submitError(fetchFailed(cause))).code).toBe("network");
  });

  it.each(["ECONNRESET", "UND_ERR_SOCKET", "EPIPE", "SOMETHING_NEW"])(
    "%s → timeout_after_send, maybe sent",
    async (code) => {
      expect(await submitError(fetchFailed(systemError(code)))).toMatchObject({
        code: "timeout_after_send",
        maybeSent: true,
        retryable: false,
      });
    },
  );

  it("a timeout signal → timeout_after_send", async () => {
    const timeout = new DOMException("The operation was aborted due to timeout", "TimeoutError");
    expect(await submitError(timeout)).toMatchObject({ code: "timeout_after_send", maybeSent: true });
  });

  it("a fetch that refused before any I/O (no cause) → network", () => {
    expect(certainlyNotSent(new TypeError("Invalid header value"))).toBe(true);
    expect(certainlyNotSent(new Error("unknown"))).toBe(false);
  });
});

describe("submit body", () => {
  it("omits absent optional fields and always sets async", () => {
    expect(submitBody(submitReq)).toEqual({
      prompt: "p",
      model: "grok-imagine-video",
      aspect_ratio: "1:1",
      resolution: "480p",
      duration: 5,
      async: true,
    });
    expect(submitBody({ ...submitReq, referenceImageUrls: [] })).not.toHaveProperty("reference_image_urls");
  });

  it("sends no Authorization header without a token", async () => {
    const { fetch, calls } = scripted(Response.json({ task_id: "a" }));
    await createGrokClient({ baseUrl: "http://x/", token: "", fetch }).submitVideo(submitReq);
    expect(calls[0]!.url).toBe("http://x/grok/videos");
    expect(new Headers(calls[0]!.init.headers).has("authorization")).toBe(false);
  });
});

describe("task reads: retries", () => {
  const busy = () => Response.json({ error: { code: "too_many_requests" } }, { status: 429 });
  const ok = () => Response.json({ id: "t", started_at: 1 });

  it("backs off with full jitter, doubling from 500 ms, then gives up after maxReadRetries", async () => {
    const { fetch, calls } = scripted(busy);
    const sleep = vi.fn(async () => undefined);
    const client = createGrokClient({ baseUrl: "http://x", token: "t", fetch, sleep, random: () => 1 });
    await expect(client.retrieveTask("t")).rejects.toMatchObject({
      code: "too_many_requests",
      retryable: true,
    });
    expect(calls).toHaveLength(4);
    expect(sleep.mock.calls.map((c) => (c as unknown[])[0])).toEqual([500, 1000, 2000]);
  });

  it("honours Retry-After and caps the backoff at 8 s", async () => {
    const { fetch } = scripted(Response.json({}, { status: 503, headers: { "retry-after": "2" } }), ok);
    const sleep = vi.fn(async () => undefined);
    await createGrokClient({ baseUrl: "http://x", token: "t", fetch, sleep }).retrieveTask("t");
    expect(sleep).toHaveBeenCalledWith(2000);
    expect(backoffMs(10, () => 1)).toBe(8000);
    expect(backoffMs(0, () => 0.5)).toBe(250);
  });

  it("leaves a Retry-After beyond the cap to the caller", async () => {
    const { fetch, calls } = scripted(Response.json({}, { status: 429, headers: { "retry-after": "60" } }));
    const client = createGrokClient({ baseUrl: "http://x", token: "t", fetch, sleep: async () => undefined });
    await expect(client.retrieveTask("t")).rejects.toMatchObject({ code: "too_many_requests" });
    expect(calls).toHaveLength(1);
  });

  it("parses Retry-After seconds and dates", () => {
    expect(parseRetryAfter("3", 0)).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter("soon", 0)).toBeUndefined();
  });

  it("retries network failures on reads", async () => {
    const { fetch, calls } = scripted(fetchFailed(systemError("ECONNREFUSED")), ok);
    await createGrokClient({
      baseUrl: "http://x",
      token: "t",
      fetch,
      sleep: async () => undefined,
    }).retrieveTask("t");
    expect(calls).toHaveLength(2);
  });
});

describe("task reads: answers", () => {
  it("an empty object means the task is unknown", async () => {
    const { fetch } = scripted(Response.json({}));
    await expect(
      createGrokClient({ baseUrl: "http://x", token: "t", fetch }).retrieveTask("nope"),
    ).rejects.toMatchObject({
      code: "task_not_found",
    });
  });

  it("batches at most 50 ids per call, without duplicates", async () => {
    const { fetch, calls } = scripted(() => Response.json({ items: [], count: 0 }));
    const ids = Array.from({ length: 120 }, (_, i) => `t${i}`);
    expect(
      await createGrokClient({ baseUrl: "http://x", token: "t", fetch }).retrieveTasks([...ids, "t0"]),
    ).toEqual([]);
    const sent = calls.map((c) => JSON.parse(String(c.init.body)) as { ids: string[]; action: string });
    expect(sent.map((b) => b.ids.length)).toEqual([50, 50, 20]);
    expect(sent.every((b) => b.action === "retrieve_batch")).toBe(true);
  });

  it("skips unreadable batch items and accepts a bare array", async () => {
    const { fetch } = scripted(
      Response.json({ items: [{ id: "a" }, { nope: 1 }, "x"], count: 3 }),
      Response.json([{ id: "b" }]),
    );
    const client = createGrokClient({ baseUrl: "http://x", token: "t", fetch });
    expect((await client.retrieveTasks(["a", "n"])).map((r) => r.id)).toEqual(["a"]);
    expect((await client.retrieveTasks(["b"])).map((r) => r.id)).toEqual(["b"]);
  });

  it("makes no call for an empty id list", async () => {
    const { fetch, calls } = scripted(Response.json({ items: [] }));
    expect(await createGrokClient({ baseUrl: "http://x", token: "t", fetch }).retrieveTasks([])).toEqual([]);
    expect(calls).toHaveLength(0);
  });
});
