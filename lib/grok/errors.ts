/**
 * Every way a call to the upstream can fail, as one typed error with a message a creator can act
 * on. Codes are the upstream's documented ones (docs/upstream-api.md §4) plus ours for failures the
 * upstream never named: no connection, no answer, an unreadable answer, an unknown task.
 */
export const GROK_ERROR_CODES = [
  "bad_request",
  "no_token",
  "invalid_token",
  "token_expired",
  "token_mismatched",
  "used_up",
  "forbidden",
  "disabled",
  "no_api",
  "too_many_requests",
  "rate_limited",
  "api_error",
  "busy",
  "timeout",
  "network",
  "timeout_after_send",
  "malformed_response",
  "task_not_found",
] as const;
export type GrokErrorCode = (typeof GROK_ERROR_CODES)[number];

interface CodeInfo {
  httpStatus?: number;
  /** The condition is transient: the same request may succeed later. */
  transient: boolean;
  userMessage: string;
}

const ADMIN_TOKEN = "The studio's Ace Data Cloud API token is not accepted. Ask an admin to check it.";
const BUSY =
  "Grok is busy right now, so the video was not started and nothing was charged. Try again in a minute.";
const UPSTREAM_FAULT =
  "Grok had a problem on its side, so the video was not started and nothing was charged. Try again in a few minutes.";
const MAYBE_CREATED = "may still be created, and it will appear here if it is. It will not be sent twice.";

export const GROK_ERRORS: Record<GrokErrorCode, CodeInfo> = {
  bad_request: {
    httpStatus: 400,
    transient: false,
    userMessage: "Grok did not accept these settings. Check the prompt and settings, then try again.",
  },
  no_token: {
    httpStatus: 400,
    transient: false,
    userMessage: "The studio has no Ace Data Cloud API token. Ask an admin to set one.",
  },
  invalid_token: { httpStatus: 401, transient: false, userMessage: ADMIN_TOKEN },
  token_expired: {
    httpStatus: 401,
    transient: false,
    userMessage: "The studio's Ace Data Cloud API token has expired. Ask an admin to renew it.",
  },
  token_mismatched: { httpStatus: 401, transient: false, userMessage: ADMIN_TOKEN },
  used_up: {
    httpStatus: 403,
    transient: false,
    userMessage: "The studio's Ace Data Cloud balance is used up. Ask an admin to top it up.",
  },
  forbidden: {
    httpStatus: 403,
    transient: false,
    userMessage: "The prompt or image was refused by content moderation. Try rewording it.",
  },
  disabled: {
    httpStatus: 403,
    transient: false,
    userMessage: "The studio's Ace Data Cloud account is disabled. Ask an admin to check it.",
  },
  no_api: {
    httpStatus: 404,
    transient: false,
    userMessage: "The studio is pointed at the wrong Ace Data Cloud address. Ask an admin to check it.",
  },
  too_many_requests: { httpStatus: 429, transient: true, userMessage: BUSY },
  rate_limited: { httpStatus: 429, transient: true, userMessage: BUSY },
  api_error: { httpStatus: 500, transient: true, userMessage: UPSTREAM_FAULT },
  busy: { httpStatus: 500, transient: true, userMessage: UPSTREAM_FAULT },
  timeout: {
    httpStatus: 504,
    transient: true,
    userMessage: `Grok took too long to answer; the video ${MAYBE_CREATED}`,
  },
  network: {
    transient: true,
    userMessage: "The studio could not reach Grok, so nothing was sent or charged. Try again in a moment.",
  },
  timeout_after_send: {
    transient: true,
    userMessage: `Grok did not answer in time; the video ${MAYBE_CREATED}`,
  },
  malformed_response: {
    transient: true,
    userMessage: `Grok sent an answer the studio could not read; the video ${MAYBE_CREATED}`,
  },
  task_not_found: {
    transient: false,
    userMessage: "Grok has no record of this video, so nothing was charged. Try again.",
  },
};

export const isGrokErrorCode = (code: unknown): code is GrokErrorCode =>
  typeof code === "string" && Object.hasOwn(GROK_ERRORS, code);

const OURS = new Set<GrokErrorCode>([
  "network",
  "timeout_after_send",
  "malformed_response",
  "task_not_found",
]);

/** A code the upstream itself documents (ours never arrive in an upstream body). */
export const isUpstreamErrorCode = (code: unknown): code is GrokErrorCode =>
  isGrokErrorCode(code) && !OURS.has(code);

export interface GrokErrorInit {
  httpStatus?: number;
  traceId?: string;
  /** The request may have reached the upstream, which may have acted on it: never re-send it blindly. */
  maybeSent: boolean;
  /** Whether the call is safe to repeat (reads are; a submit that may have been sent is not). */
  idempotent: boolean;
  /** What the upstream said, for logs; never shown as is. */
  upstreamCode?: string;
  upstreamMessage?: string;
  cause?: unknown;
}

const GROK_ERROR = "GrokError";

export class GrokError extends Error {
  readonly httpStatus?: number;
  readonly traceId?: string;
  readonly maybeSent: boolean;
  /** Repeating the same call later may succeed and cannot pay twice. */
  readonly retryable: boolean;
  readonly userMessage: string;
  readonly upstreamCode?: string;
  readonly upstreamMessage?: string;

  constructor(
    readonly code: GrokErrorCode,
    init: GrokErrorInit,
  ) {
    const info = GROK_ERRORS[code];
    const status = init.httpStatus ? ` (HTTP ${init.httpStatus})` : "";
    super(`Grok ${code}${status}: ${init.upstreamMessage ?? info.userMessage}`, { cause: init.cause });
    this.name = GROK_ERROR;
    this.httpStatus = init.httpStatus;
    this.traceId = init.traceId;
    this.maybeSent = init.maybeSent;
    this.retryable = info.transient && (init.idempotent || !init.maybeSent);
    this.userMessage = info.userMessage;
    this.upstreamCode = init.upstreamCode;
    this.upstreamMessage = init.upstreamMessage;
  }
}

/** The code for an upstream error answer: its own code when we know it, else by HTTP status class. */
export function codeForHttpError(status: number, upstreamCode?: string): GrokErrorCode {
  if (isUpstreamErrorCode(upstreamCode)) return upstreamCode;
  if (status === 401) return "invalid_token";
  if (status === 402) return "used_up";
  if (status === 403) return "forbidden";
  if (status === 404) return "no_api";
  if (status === 408 || status === 504) return "timeout";
  if (status === 429) return "too_many_requests";
  if (status >= 500) return "api_error";
  if (status >= 400) return "bad_request";
  return "malformed_response";
}

/**
 * Whether an HTTP error answer leaves the outcome unknown. A documented error body means the
 * upstream refused; a gateway that gave up (502/504) may have passed the request on first.
 */
export const httpErrorMaybeSent = (status: number) => status === 502 || status === 504;

/** What callers may read off a GrokError, whichever bundle's copy of the class made it. */
export type GrokErrorLike = Pick<
  GrokError,
  "code" | "httpStatus" | "traceId" | "maybeSent" | "retryable" | "userMessage" | "message"
>;

/**
 * Recognises a GrokError by its name and documented code, never by `instanceof`: in the
 * production build the client kept on `globalThis` may come from another bundle's copy of the
 * class (docs/build-notes.md, pitfall 6), and `instanceof` then silently says no.
 */
export function isGrokError(error: unknown): error is GrokErrorLike {
  if (typeof error !== "object" || error === null) return false;
  const e = error as Partial<Record<keyof GrokErrorLike | "name", unknown>>;
  return e.name === GROK_ERROR && isGrokErrorCode(e.code) && typeof e.maybeSent === "boolean";
}

/**
 * How a failed submit ends: refused (nothing made), not sent (nothing made), busy (the token's
 * concurrency is full: nothing made, send it again later), or maybe sent.
 */
export type SubmitFailure =
  | {
      kind: "rejected" | "not_sent" | "busy";
      code: GrokErrorCode | "internal";
      message: string;
      traceId?: string;
    }
  | { kind: "maybe_sent"; code: GrokErrorCode | "internal"; message: string; traceId?: string };

const MAYBE_SENT_UNREADABLE = `Something went wrong while Grok was answering; the video ${MAYBE_CREATED}`;

/**
 * The one place that decides what a failed submit means for money. `sent` says whether the
 * request may have left this process; anything we cannot classify after that is treated as
 * maybe sent — never as a refusal that would be refunded and offered again.
 */
export function classifySubmitFailure(error: unknown, sent: boolean): SubmitFailure {
  if (!isGrokError(error)) {
    return sent
      ? { kind: "maybe_sent", code: "internal", message: MAYBE_SENT_UNREADABLE }
      : {
          kind: "not_sent",
          code: "internal",
          message: "The studio could not prepare this video, so nothing was sent or charged. Try again.",
        };
  }
  const base = {
    code: error.code,
    message: error.userMessage,
    ...(error.traceId ? { traceId: error.traceId } : {}),
  };
  if (error.maybeSent) return { kind: "maybe_sent", ...base };
  const status = error.httpStatus;
  // A 429 is a definite "not now": the request was not taken, so it may be sent again later.
  if (status === 429 || error.code === "rate_limited") return { kind: "busy", ...base };
  const refused = status !== undefined && status >= 400 && status < 500 && status !== 429;
  return { kind: refused ? "rejected" : "not_sent", ...base };
}
