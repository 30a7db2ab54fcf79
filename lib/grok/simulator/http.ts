/** Small Web-standard helpers shared by the simulator's routes. */

export const newId = () => crypto.randomUUID();

export const json = (body: unknown, status = 200, headers?: Record<string, string>) =>
  Response.json(body, { status, headers });

/** The upstream's error body (docs/upstream-api.md §4). */
export const errorResponse = (
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
) => json({ error: { code, message }, trace_id: newId() }, status, headers);

/** Float Unix seconds, as the upstream writes its timestamps. */
export const toSeconds = (ms: number) => Math.round(ms) / 1000;

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}

// A safety net for hosts whose request signal never fires: a hung request still ends eventually.
const HANG_LIMIT_MS = 10 * 60_000;

/** Resolves when the client gives up on the request: how a real stalled upstream looks. */
export const waitForAbort = (signal: AbortSignal) =>
  signal.aborted ? Promise.resolve() : sleep(HANG_LIMIT_MS, signal);

/** What a client that hung up sees (nothing); nginx's 499 marks it in logs. */
export const clientClosed = () => new Response(null, { status: 499 });

export function parseJsonBody(text: string): unknown {
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== "string" || !URL.canParse(value)) return false;
  const { protocol } = new URL(value);
  return protocol === "http:" || protocol === "https:";
}

/** Appends to a log kept at most `max` long, trimmed in place: tests hold references to these arrays. */
export function pushBounded<T>(log: T[], entry: T, max: number): void {
  log.push(entry);
  if (log.length > max) log.splice(0, log.length - max);
}

/**
 * The body as text, or undefined once it is larger than `maxBytes`: a declared Content-Length is
 * refused before reading, a streamed body as soon as it passes the cap, and the rest is never read.
 */
export async function readCappedText(request: Request, maxBytes: number): Promise<string | undefined> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) {
    await request.body?.cancel().catch(() => undefined);
    return undefined;
  }
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export const bodyTooLarge = () => errorResponse(413, "bad_request", "The request body is too large.");
