import { describe, expect, it } from "vitest";
import { isAppError } from "@/lib/errors";
import { BODY_MESSAGES, readBodyBytes, readJsonBody, readTextBody } from "./read-body";

const URL_ = "http://studio.test/api/webhooks/grok/g1?token=t";
const encoder = new TextEncoder();

function post(body: BodyInit | ReadableStream<Uint8Array> | null, headers: Record<string, string> = {}) {
  return new Request(URL_, { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

/** A body that arrives in `chunks` chunks of `chunkBytes`, counting how many were pulled and whether it was cancelled. */
function countingStream(chunks: number, chunkBytes: number) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) return controller.close();
      state.pulled += 1;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("readBodyBytes", () => {
  it("returns the whole body when it fits, and an empty array when there is none", async () => {
    expect(await readBodyBytes(post("hello"), { maxBytes: 5 })).toEqual(encoder.encode("hello"));
    expect(await readBodyBytes(new Request(URL_), { maxBytes: 5 })).toEqual(new Uint8Array(0));
  });

  it("refuses from Content-Length alone, without reading the body", async () => {
    const { stream, state } = countingStream(10, 1024);
    const request = post(stream, { "content-length": String(50 * 1024 * 1024) });
    const error = await refusal(readBodyBytes(request, { maxBytes: 64 * 1024 }));
    expect(error.code).toBe("too_large");
    expect(error.message).toBe("The request body is larger than the 64 KiB limit.");
    expect(request.bodyUsed).toBe(false);
    expect(state.pulled).toBeLessThanOrEqual(1); // at most the stream's own first pull, never read by us
  });

  it("stops reading and cancels the stream once a body without Content-Length goes over the cap", async () => {
    // 50 MB on offer; only what fits under the cap (plus one chunk) is ever pulled.
    const { stream, state } = countingStream(800, 64 * 1024);
    const error = await refusal(readBodyBytes(post(stream), { maxBytes: 64 * 1024 }));
    expect(error.code).toBe("too_large");
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThanOrEqual(3);
  });

  it("uses the caller's refusal when one is given", async () => {
    const tooLarge = () => new Error("custom");
    await expect(readBodyBytes(post("123456"), { maxBytes: 5, tooLarge })).rejects.toThrow("custom");
  });

  it("answers a body that breaks off mid-stream with a 400, not a crash", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode("{"));
        controller.error(new Error("socket hang up"));
      },
    });
    const error = await refusal(readBodyBytes(post(stream), { maxBytes: 100 }));
    expect(error).toMatchObject({ code: "bad_request", message: BODY_MESSAGES.unreadable });
  });
});

describe("readTextBody", () => {
  it("decodes UTF-8", async () => {
    expect(await readTextBody(post("grüße"), { maxBytes: 100 })).toBe("grüße");
  });

  it("refuses NUL bytes and invalid UTF-8 with a 400 and a plain message", async () => {
    expect(await refusal(readTextBody(post("a\u0000b"), { maxBytes: 100 }))).toMatchObject({
      code: "bad_request",
      message: BODY_MESSAGES.nul,
    });
    expect(
      await refusal(readTextBody(post(new Uint8Array([0x61, 0xff, 0x62])), { maxBytes: 100 })),
    ).toMatchObject({ code: "bad_request", message: BODY_MESSAGES.notUtf8 });
  });
});

describe("readJsonBody", () => {
  it("parses JSON", async () => {
    expect(await readJsonBody(post('{"task_id":"t1","n":[1,2]}'), { maxBytes: 100 })).toEqual({
      task_id: "t1",
      n: [1, 2],
    });
  });

  it("refuses what is not JSON with a 400", async () => {
    for (const body of ["", "not json", '{"a":', "<xml/>"]) {
      expect(await refusal(readJsonBody(post(body), { maxBytes: 100 }))).toMatchObject({
        code: "bad_request",
        message: BODY_MESSAGES.notJson,
      });
    }
  });

  it("refuses NUL escaped in a string or a key, at any depth", async () => {
    for (const body of ['"a\\u0000"', '{"a\\u0000":1}', '[[[{"x":["\\u0000"]}]]]']) {
      expect(await refusal(readJsonBody(post(body), { maxBytes: 100 }))).toMatchObject({
        code: "bad_request",
        message: BODY_MESSAGES.nul,
      });
    }
  });

  it("survives deeply nested JSON without overflowing the stack", async () => {
    const depth = 200_000;
    const body = "[".repeat(depth) + "]".repeat(depth);
    const outcome = await readJsonBody(post(body), { maxBytes: 1024 * 1024 }).then(
      () => "parsed",
      (e: unknown) => (isAppError(e) ? e.code : `crashed: ${String(e)}`),
    );
    expect(["parsed", "bad_request"]).toContain(outcome);
  });

  it("refuses an over-cap JSON body with a 413 before parsing it", async () => {
    const body = JSON.stringify({ pad: "x".repeat(70 * 1024) });
    expect((await refusal(readJsonBody(post(body), { maxBytes: 64 * 1024 }))).code).toBe("too_large");
  });
});
