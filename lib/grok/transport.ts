import { GrokError } from "./errors";

/**
 * What a thrown `fetch` says about whether our request got out. Node's fetch (undici) rejects
 * with `TypeError("fetch failed")` and the system error in `cause` (an AggregateError when
 * several addresses were tried); a timeout signal rejects with a `TimeoutError`.
 */

// Failures while resolving or connecting: no byte of the request reached the upstream.
const NOT_SENT = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EAI_FAIL",
  "EAI_NONAME",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "EADDRNOTAVAIL",
  "UND_ERR_CONNECT_TIMEOUT",
  "ERR_INVALID_URL",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "CERT_HAS_EXPIRED",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
]);

export function errorCodes(error: unknown, seen = new Set<unknown>()): string[] {
  if (!error || typeof error !== "object" || seen.has(error)) return [];
  seen.add(error);
  const own = "code" in error && typeof error.code === "string" ? [error.code] : [];
  const nested = error instanceof AggregateError ? error.errors.flatMap((e) => errorCodes(e, seen)) : [];
  const cause = "cause" in error ? errorCodes(error.cause, seen) : [];
  return [...own, ...nested, ...cause];
}

const isTimeout = (error: unknown) =>
  error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");

/** True only when we can be sure the upstream never saw the request. */
export function certainlyNotSent(error: unknown): boolean {
  if (isTimeout(error)) return false;
  const codes = errorCodes(error);
  if (codes.length > 0) return codes.every((code) => NOT_SENT.has(code));
  // fetch rejects synchronously-detectable problems (bad URL, bad header) before any I/O.
  return error instanceof TypeError && error.cause === undefined;
}

/** Turns a thrown fetch into a GrokError; `idempotent` says whether the call may be repeated. */
export function transportError(error: unknown, idempotent: boolean): GrokError {
  const notSent = certainlyNotSent(error);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const codes = errorCodes(error);
  return new GrokError(notSent ? "network" : "timeout_after_send", {
    maybeSent: !notSent,
    idempotent,
    upstreamMessage: codes.length > 0 ? `${detail} (${codes.join(", ")})` : detail,
    cause: error,
  });
}

/** Retry-After as milliseconds (delta-seconds or an HTTP date), or undefined. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** Capped exponential backoff with full jitter (AWS Builders' Library). */
export function backoffMs(attempt: number, random: () => number, baseMs = 500, capMs = 8_000): number {
  return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}
