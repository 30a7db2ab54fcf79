import { createHash } from "node:crypto";
import { promises as dns } from "node:dns";
import { createWriteStream } from "node:fs";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { pipeline } from "node:stream/promises";
import { isPrivateAddress } from "./private-address";

export type MediaFetchErrorCode =
  | "bad_url"
  | "host_not_allowed"
  | "private_address"
  | "too_large"
  | "timeout"
  | "http_error"
  | "network_error";

export const MEDIA_FETCH_ERROR = "MediaFetchError";

/**
 * Recognised by `name` and `code`, never by `instanceof`: a production build can hold several
 * copies of this class, one per bundle.
 */
export class MediaFetchError extends Error {
  /** The HTTP status, for `http_error`. */
  readonly status?: number;
  /** The host (with its port when not the default) of the hop that failed. */
  readonly host?: string;

  constructor(
    readonly code: MediaFetchErrorCode,
    message: string,
    details: { status?: number; host?: string; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = MEDIA_FETCH_ERROR;
    this.status = details.status;
    this.host = details.host;
  }
}

export function isMediaFetchError(error: unknown): error is MediaFetchError {
  return (
    error instanceof Error &&
    error.name === MEDIA_FETCH_ERROR &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

export interface FetchMediaOptions {
  /**
   * Where media may come from, compared case-insensitively. Two forms:
   * - a bare host, `cdn.example.com` or `cdn.example.com:8443`: https only (port 443 unless
   *   given), and only when every address it resolves to is public;
   * - an origin, `http://media.internal:8080` or `https://cdn.example.com:8443`: exactly that
   *   scheme, host and port (the scheme's default port unless given). The operator named it,
   *   so plain http and private or loopback addresses are allowed for it.
   * Every hop of a redirect is checked again.
   */
  allowedHosts: string[];
  maxBytes: number;
  /** For the whole fetch: DNS, connection, redirects and body. */
  timeoutMs: number;
  /** Only for tests and benchmarks: bare hosts may then be private too. Prefer an origin entry. */
  allowPrivateNetwork?: boolean;
  /** Only for tests and benchmarks: bare hosts may then be plain http. Prefer an origin entry. */
  allowHttp?: boolean;
}

export interface FetchedMedia {
  body: Buffer;
  contentType: string;
  size: number;
  /** Where the bytes came from after redirects. */
  url: string;
}

const MAX_REDIRECTS = 3;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Downloads remote media for the server (e.g. a finished video from the provider's CDN) without
 * becoming a proxy into our own network: every hop is checked against the host list, and the
 * connection goes to the very addresses that were resolved and checked (the lookup is ours), so a
 * DNS answer cannot change between the check and the connect.
 */
export async function fetchMedia(url: string, options: FetchMediaOptions): Promise<FetchedMedia> {
  const { response, target, signal } = await openMedia(url, options);
  const body = await readCapped(response, options.maxBytes, target.host).catch((e) =>
    rethrow(e, target, options, signal),
  );
  return {
    body,
    contentType: response.headers["content-type"] ?? "application/octet-stream",
    size: body.length,
    url: target.toString(),
  };
}

export interface DownloadedMedia extends Omit<FetchedMedia, "body"> {
  /** SHA-256 (hex) of the bytes written. */
  sha256: string;
}

/**
 * As `fetchMedia`, but streams the bytes into `file` (hashing them on the way) instead of
 * holding them in memory: a video of any size costs the process a few chunks, not its size.
 */
export async function downloadMedia(
  url: string,
  options: FetchMediaOptions,
  file: string,
): Promise<DownloadedMedia> {
  const { response, target, signal } = await openMedia(url, options);
  const hash = createHash("sha256");
  let size = 0;
  const count = async function* (source: AsyncIterable<Buffer>) {
    for await (const chunk of source) {
      size += chunk.length;
      if (size > options.maxBytes) throw tooLarge(options.maxBytes, target.host);
      hash.update(chunk);
      yield chunk;
    }
  };
  await pipeline(response, count, createWriteStream(file)).catch((e) => rethrow(e, target, options, signal));
  return {
    contentType: response.headers["content-type"] ?? "application/octet-stream",
    size,
    url: target.toString(),
    sha256: hash.digest("hex"),
  };
}

/** Follows redirects (each hop checked) to a 2xx answer whose declared size is within the cap. */
async function openMedia(url: string, options: FetchMediaOptions) {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let current = url;
  for (let redirects = 0; ; redirects++) {
    const { target, allowPrivate } = checkTarget(current, options);
    const response = await send(target, allowPrivate, signal).catch((e) =>
      rethrow(e, target, options, signal),
    );
    const status = response.statusCode ?? 0;

    if (REDIRECTS.has(status) && response.headers.location) {
      response.destroy();
      if (redirects >= MAX_REDIRECTS) {
        throw new MediaFetchError("http_error", `${target.host} redirected too many times.`, {
          status,
          host: target.host,
        });
      }
      current = resolveLocation(response.headers.location, target);
      continue;
    }
    if (status < 200 || status > 299) {
      response.destroy();
      throw new MediaFetchError("http_error", `${target.host} answered HTTP ${status}.`, {
        status,
        host: target.host,
      });
    }
    if (Number(response.headers["content-length"]) > options.maxBytes) {
      response.destroy();
      throw tooLarge(options.maxBytes, target.host);
    }
    return { response, target, signal };
  }
}

interface CheckedTarget {
  target: URL;
  /** May this hop connect to a private or loopback address? */
  allowPrivate: boolean;
}

function checkTarget(raw: string, options: FetchMediaOptions): CheckedTarget {
  const target = URL.canParse(raw) ? new URL(raw) : null;
  if (!target) throw new MediaFetchError("bad_url", "The media URL is not a valid URL.");
  if (target.protocol !== "https:" && target.protocol !== "http:") {
    throw new MediaFetchError("bad_url", "Only https media URLs can be fetched.", { host: target.host });
  }
  if (target.username || target.password) {
    throw new MediaFetchError("bad_url", "Media URLs cannot carry credentials.", { host: target.host });
  }
  const entries = options.allowedHosts.map(parseAllowedMediaHost);
  const port = effectivePort(target);

  // An origin the operator listed: exactly its scheme, host and port, wherever it points.
  const origin = entries.some(
    (e) =>
      e?.kind === "origin" &&
      e.protocol === target.protocol &&
      e.hostname === target.hostname &&
      e.port === port,
  );
  if (origin) return { target, allowPrivate: true };

  const bare = entries.some(
    (e) => e?.kind === "host" && e.hostname === target.hostname && (e.port ?? defaultPort(target)) === port,
  );
  if (!bare) {
    // An https URL is named by its host, as operators list it; anything else by its origin.
    const name = target.protocol === "https:" ? target.host : target.origin;
    throw new MediaFetchError("host_not_allowed", `${name} is not an allowed media host.`, {
      host: target.host,
    });
  }
  if (target.protocol !== "https:" && !options.allowHttp) {
    throw new MediaFetchError("bad_url", "Only https media URLs can be fetched.", { host: target.host });
  }
  const allowPrivate = options.allowPrivateNetwork ?? false;
  // An IP literal is never looked up, so it is checked here rather than in the lookup.
  const literal = target.hostname.replace(/^\[|\]$/g, "");
  if (!allowPrivate && isIP(literal) && isPrivateAddress(literal)) throw privateAddress(target.host);
  return { target, allowPrivate };
}

export type AllowedMediaHost =
  | { kind: "host"; hostname: string; port: string | null }
  | { kind: "origin"; protocol: "http:" | "https:"; hostname: string; port: string };

/**
 * Reads one `allowedHosts` entry: a bare `host` / `host:port`, or an `http(s)://host[:port]`
 * origin (a trailing `/` is tolerated; a path, query or credentials are not). Null when it is
 * neither, so a malformed entry allows nothing.
 */
export function parseAllowedMediaHost(entry: string): AllowedMediaHost | null {
  const value = entry.trim().toLowerCase();
  if (value.includes("://")) {
    // Scheme and authority only: no credentials, path, query or fragment.
    if (!/^https?:\/\/[^/?#@\\]+\/?$/.test(value) || !URL.canParse(value)) return null;
    const url = new URL(value);
    if (!url.hostname || (url.protocol !== "http:" && url.protocol !== "https:")) return null;
    return { kind: "origin", protocol: url.protocol, hostname: url.hostname, port: effectivePort(url) };
  }
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::(\d{1,5}))?$/.exec(value);
  if (!match?.[1]) return null;
  if (!URL.canParse(`https://${value}`)) return null;
  const hostname = new URL(`https://${value}`).hostname;
  const port = match[2] ? String(Number(match[2])) : null;
  if (port !== null && (Number(port) < 1 || Number(port) > 65_535)) return null;
  return { kind: "host", hostname, port };
}

const defaultPort = (url: URL) => (url.protocol === "https:" ? "443" : "80");
const effectivePort = (url: URL) => url.port || defaultPort(url);

function send(target: URL, allowPrivate: boolean, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = target.protocol === "https:" ? https : http;
    const request = client.request(
      target,
      {
        signal,
        // No pooled socket: one opened elsewhere, to an address nobody checked, must not be reused.
        agent: false,
        lookup: checkedLookup(target.host, allowPrivate),
        headers: { accept: "video/*, image/*;q=0.9, */*;q=0.5", "accept-encoding": "identity" },
      },
      resolve,
    );
    request.on("error", reject);
    request.end();
  });
}

function checkedLookup(host: string, allowPrivateNetwork: boolean): LookupFunction {
  return (hostname, lookupOptions, callback) => {
    dns
      .lookup(hostname, { all: true, family: lookupOptions.family ?? 0 })
      .then((addresses) => {
        const first = addresses[0];
        if (!first) throw new MediaFetchError("network_error", `${host} did not resolve.`, { host });
        // Refuse if any answer is private: otherwise a round-robin could still land on one.
        if (!allowPrivateNetwork && addresses.some((a) => isPrivateAddress(a.address))) {
          throw privateAddress(host);
        }
        if (lookupOptions.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      })
      .catch((error: Error) => callback(error, ""));
  };
}

async function readCapped(response: IncomingMessage, maxBytes: number, host: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge(maxBytes, host);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

function resolveLocation(location: string, base: URL): string {
  if (!URL.canParse(location, base))
    throw new MediaFetchError("bad_url", "The media server redirected to an invalid URL.", {
      host: base.host,
    });
  return new URL(location, base).toString();
}

function rethrow(error: unknown, target: URL, options: FetchMediaOptions, signal: AbortSignal): never {
  if (isMediaFetchError(error)) throw error;
  if (signal.aborted) {
    throw new MediaFetchError(
      "timeout",
      `${target.host} did not deliver the media within ${options.timeoutMs} ms.`,
      { host: target.host, cause: error },
    );
  }
  const code = (error as NodeJS.ErrnoException).code;
  throw new MediaFetchError(
    "network_error",
    `Could not download from ${target.host}${typeof code === "string" ? ` (${code})` : ""}.`,
    { host: target.host, cause: error },
  );
}

const tooLarge = (maxBytes: number, host: string) =>
  new MediaFetchError("too_large", `The media is larger than the ${maxBytes}-byte limit.`, { host });

const privateAddress = (host: string) =>
  new MediaFetchError("private_address", `${host} points to a private or local network address.`, {
    host,
  });
