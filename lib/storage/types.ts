import type { Readable } from "node:stream";

export { assertValidKey, isValidKey, randomKey, stableKey } from "./keys";

export type StorageBody = Buffer | Uint8Array | NodeJS.ReadableStream | Readable;

export interface PutOptions {
  contentType: string;
  /** When given, a body of any other length is refused and nothing is stored. */
  contentLength?: number;
}

export interface StoredObject {
  size: number;
  contentType: string;
}

export interface SignedUrlOptions {
  expiresInSeconds: number;
  /** Served as an attachment under this name instead of inline. */
  downloadName?: string;
  /** Local driver: an absolute URL on this origin (e.g. APP_URL) instead of a relative path. */
  baseUrl?: string;
}

export interface StorageDriver {
  readonly kind: "local" | "s3";
  put(key: string, body: StorageBody, opts: PutOptions): Promise<void>;
  head(key: string): Promise<StoredObject | null>;
  /** Idempotent: deleting a missing key succeeds. */
  delete(key: string): Promise<void>;
  signedUrl(key: string, opts: SignedUrlOptions): Promise<string>;
}

/** Inclusive byte offsets, as in HTTP's Range header. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface LocalReadResult {
  stream: Readable;
  /** The whole object's size, whatever range was read. */
  size: number;
  contentType: string;
}

export interface LocalStorageDriver extends StorageDriver {
  readonly kind: "local";
  read(key: string, range?: ByteRange): Promise<LocalReadResult | null>;
  verifySignature(key: string, exp: string | null, sig: string | null, dl?: string | null): boolean;
}

export const isLocalDriver = (driver: StorageDriver): driver is LocalStorageDriver => driver.kind === "local";
