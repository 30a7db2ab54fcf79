import { Readable } from "node:stream";
import { AppError } from "@/lib/errors";
import type { StorageBody } from "./types";

/** 256 MiB: far above a generated video or an upload, low enough to buffer when S3 needs it. */
export const DEFAULT_MAX_OBJECT_BYTES = 256 * 1024 * 1024;

export function toReadable(body: StorageBody): Readable {
  if (body instanceof Uint8Array) return Readable.from([body]);
  return body instanceof Readable ? body : Readable.from(body);
}

/**
 * A pipeline stage that passes bytes through, refusing more than `maxBytes`, and — when the caller
 * declared a length — any other total, so a truncated or padded body is never stored.
 */
export function byteGuard(maxBytes: number, expected?: number) {
  if (expected !== undefined && expected > maxBytes) throw tooLarge(maxBytes);
  return async function* guard(source: AsyncIterable<Uint8Array | string>) {
    let total = 0;
    for await (const chunk of source) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      total += bytes.byteLength;
      if (total > maxBytes) throw tooLarge(maxBytes);
      if (expected !== undefined && total > expected) throw lengthMismatch(expected);
      yield bytes;
    }
    if (expected !== undefined && total !== expected) throw lengthMismatch(expected);
  };
}

export async function readAllCapped(body: StorageBody, maxBytes: number, expected?: number): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of byteGuard(maxBytes, expected)(toReadable(body))) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const MIB = 1024 * 1024;
const tooLarge = (maxBytes: number) =>
  new AppError(
    "bad_request",
    `The file is larger than the ${maxBytes >= MIB ? `${Math.floor(maxBytes / MIB)} MiB` : `${maxBytes} byte`} limit.`,
  );

const lengthMismatch = (expected: number) =>
  new AppError("bad_request", `The file's length does not match the declared ${expected} bytes.`);
