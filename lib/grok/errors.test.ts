import { describe, expect, it } from "vitest";
import { type Answer, errorFromAnswer, unexpectedSuccess } from "./answers";
import { GROK_ERRORS, GROK_ERROR_CODES, GrokError, codeForHttpError } from "./errors";

const answer = (status: number, body: unknown, headers: Record<string, string> = {}): Answer => ({
  status,
  headers: new Headers(headers),
  text: typeof body === "string" ? body : JSON.stringify(body),
});

const documented = [
  [400, "bad_request", false],
  [400, "no_token", false],
  [401, "invalid_token", false],
  [401, "token_expired", false],
  [401, "token_mismatched", false],
  [403, "used_up", false],
  [403, "forbidden", false],
  [403, "disabled", false],
  [404, "no_api", false],
  [429, "too_many_requests", true],
  [429, "rate_limited", true],
  [500, "api_error", true],
  [500, "busy", true],
  [504, "timeout", true],
] as const;

describe("errorFromAnswer: every documented code (docs/upstream-api.md §4)", () => {
  it.each(documented)("HTTP %i %s → same code, transient=%s", (status, code, transient) => {
    const error = errorFromAnswer(
      answer(status, { error: { code, message: "upstream words" }, trace_id: "tr-1" }),
      true,
    );
    expect(error).toBeInstanceOf(GrokError);
    expect(error).toMatchObject({
      code,
      httpStatus: status,
      traceId: "tr-1",
      retryable: transient,
      upstreamCode: code,
    });
    expect(error.upstreamMessage).toBe("upstream words");
    expect(error.userMessage).toBe(GROK_ERRORS[code].userMessage);
  });

  it("uses the code, not the status, when they disagree (token_mismatched arrives as 400 too)", () => {
    expect(errorFromAnswer(answer(400, { error: { code: "token_mismatched" } }), false).code).toBe(
      "token_mismatched",
    );
  });

  it("gives plain messages a creator can act on", () => {
    expect(GROK_ERRORS.used_up.userMessage).toBe(
      "The studio's Ace Data Cloud balance is used up. Ask an admin to top it up.",
    );
    expect(GROK_ERRORS.forbidden.userMessage).toBe(
      "The prompt or image was refused by content moderation. Try rewording it.",
    );
    for (const code of GROK_ERROR_CODES) {
      expect(GROK_ERRORS[code].userMessage).toMatch(/^[A-Z].*\.$/);
      expect(GROK_ERRORS[code].userMessage).not.toMatch(/http|json|token_|_/i);
    }
  });

  it("tells a lost answer in a sentence that reads right", () => {
    expect(GROK_ERRORS.timeout_after_send.userMessage).toBe(
      "Grok did not answer in time; the video may still be created, and it will appear here if it is. It will not be sent twice.",
    );
  });
});

describe("errorFromAnswer: unknown codes map by HTTP status", () => {
  it.each([
    [400, "api_not_implemented", "bad_request"],
    [401, "weird", "invalid_token"],
    [402, undefined, "used_up"],
    [403, "quota_blocked", "forbidden"],
    [404, undefined, "no_api"],
    [409, undefined, "bad_request"],
    [429, "slow_down", "too_many_requests"],
    [500, "kaboom", "api_error"],
    [502, undefined, "api_error"],
    [503, undefined, "api_error"],
    [504, undefined, "timeout"],
  ] as const)("HTTP %i %s → %s", (status, upstreamCode, expected) => {
    const body = upstreamCode ? { error: { code: upstreamCode, message: "?" } } : "<html>Bad Gateway</html>";
    const error = errorFromAnswer(answer(status, body), true);
    expect(error.code).toBe(expected);
    expect(error.upstreamCode).toBe(upstreamCode);
  });

  it("never takes one of our own codes from an upstream body", () => {
    expect(codeForHttpError(500, "timeout_after_send")).toBe("api_error");
    expect(codeForHttpError(400, "network")).toBe("bad_request");
  });
});

describe("maybeSent and retryable", () => {
  it("treats a documented refusal as not acted on", () => {
    for (const [status, code] of documented) {
      if (status === 504) continue;
      expect(errorFromAnswer(answer(status, { error: { code } }), false).maybeSent).toBe(false);
    }
  });

  it("treats a gateway timeout as maybe sent: retryable for reads, never for a submit", () => {
    const read = errorFromAnswer(answer(504, { error: { code: "timeout" } }), true);
    const submit = errorFromAnswer(answer(504, { error: { code: "timeout" } }), false);
    expect(read).toMatchObject({ maybeSent: true, retryable: true });
    expect(submit).toMatchObject({ maybeSent: true, retryable: false });
  });

  it("keeps a rate-limited submit retryable: it was refused, not run", () => {
    expect(errorFromAnswer(answer(429, { error: { code: "too_many_requests" } }), false)).toMatchObject({
      maybeSent: false,
      retryable: true,
    });
  });

  it("reads a 2xx carrying a documented error as that refusal, anything else as malformed", () => {
    const refused = unexpectedSuccess(
      { error: { code: "used_up", message: "no" } },
      { httpStatus: 200, maybeSent: true, idempotent: false },
    );
    expect(refused).toMatchObject({ code: "used_up", maybeSent: false, retryable: false });
    const odd = unexpectedSuccess({ ok: 1 }, { httpStatus: 200, maybeSent: true, idempotent: false });
    expect(odd).toMatchObject({ code: "malformed_response", maybeSent: true, retryable: false });
  });

  it.each(["network", "timeout_after_send", "malformed_response", "task_not_found"] as const)(
    "our own code %s has a message and no HTTP status",
    (code) => {
      expect(GROK_ERRORS[code].httpStatus).toBeUndefined();
      expect(new GrokError(code, { maybeSent: false, idempotent: true }).message).toContain(code);
    },
  );
});
