import "server-only";
import { AppError } from "@/lib/errors";

/**
 * Reading an untrusted request body with a byte cap. Never `request.text()`/`json()`/`formData()`
 * on untrusted input: those buffer whatever arrives. Here the size is refused from Content-Length
 * alone, before a byte is read, and again while streaming, chunk by chunk, so a missing or false
 * header cannot make the server hold more than the cap: the stream is cancelled once it is over.
 */
export interface BodyLimit {
  maxBytes: number;
  /** The refusal for a body over the cap; by default a 413 `too_large` AppError. */
  tooLarge?: () => Error;
}

export const BODY_MESSAGES = {
  tooLarge: (maxBytes: number) => `The request body is larger than the ${formatBytes(maxBytes)} limit.`,
  unreadable: "The request body could not be read.",
  notUtf8: "The request body is not valid UTF-8 text.",
  nul: "The request body must not contain NUL characters.",
  notJson: "The request body is not valid JSON.",
} as const;

const defaultTooLarge = (maxBytes: number) => new AppError("too_large", BODY_MESSAGES.tooLarge(maxBytes));

/** The Content-Length the client declared, or null when there is none (or it is not a number). */
export function declaredLength(request: Request): number | null {
  const header = request.headers.get("content-length");
  if (header === null || !/^\s*\d+\s*$/.test(header)) return null;
  return Number(header);
}

/** Refuses from the headers alone, without touching the body. */
export function assertDeclaredWithin(request: Request, limit: BodyLimit): void {
  const declared = declaredLength(request);
  if (declared !== null && declared > limit.maxBytes) {
    throw limit.tooLarge?.() ?? defaultTooLarge(limit.maxBytes);
  }
}

/** The body's bytes, at most `maxBytes` of them; an empty body gives an empty array. */
export async function readBodyBytes(request: Request, limit: BodyLimit): Promise<Uint8Array<ArrayBuffer>> {
  assertDeclaredWithin(request, limit);
  if (!request.body) return new Uint8Array(0);
  if (request.bodyUsed) throw new AppError("bad_request", BODY_MESSAGES.unreadable);

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch {
        // The client went away or sent a broken chunked encoding: its fault, not ours.
        throw new AppError("bad_request", BODY_MESSAGES.unreadable);
      }
      if (result.done) break;
      total += result.value.byteLength;
      if (total > limit.maxBytes) {
        chunks.length = 0;
        await reader.cancel().catch(() => undefined);
        throw limit.tooLarge?.() ?? defaultTooLarge(limit.maxBytes);
      }
      chunks.push(result.value);
    }
  } finally {
    reader.releaseLock();
  }

  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The body as UTF-8 text: invalid UTF-8 and NUL characters are refused with a 400. */
export async function readTextBody(request: Request, limit: BodyLimit): Promise<string> {
  return decodeText(await readBodyBytes(request, limit));
}

/**
 * The body parsed as JSON. Anything that is not JSON is a 400, and so is a NUL anywhere — raw, or
 * escaped as `\u0000` inside a string or a key — since no column or header can hold one.
 */
export async function readJsonBody(request: Request, limit: BodyLimit): Promise<unknown> {
  const text = await readTextBody(request, limit);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", BODY_MESSAGES.notJson);
  }
  if (containsNul(value)) throw new AppError("bad_request", BODY_MESSAGES.nul);
  return value;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

function decodeText(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new AppError("bad_request", BODY_MESSAGES.nul);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new AppError("bad_request", BODY_MESSAGES.notUtf8);
  }
}

/** Walks a parsed JSON value without recursion, so deep nesting cannot overflow the stack. */
function containsNul(root: unknown): boolean {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === "string") {
      if (value.includes("\u0000")) return true;
    } else if (Array.isArray(value)) {
      for (const item of value) stack.push(item);
    } else if (value !== null && typeof value === "object") {
      for (const [key, item] of Object.entries(value)) {
        if (key.includes("\u0000")) return true;
        stack.push(item);
      }
    }
  }
  return false;
}

function formatBytes(bytes: number): string {
  const MIB = 1024 * 1024;
  if (bytes >= MIB && bytes % MIB === 0) return `${bytes / MIB} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes}-byte`;
}
