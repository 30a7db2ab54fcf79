import { promises as dns } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { isPrivateAddress } from "./private-address";

export type MediaFetchErrorCode =
  | "bad_url"
  | "host_not_allowed"
  | "private_address"
  | "too_large"
  | "timeout"
  | "http_error"
  | "network_error";

export class MediaFetchError extends Error {
  constructor(
    readonly code: MediaFetchErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "MediaFetchError";
  }
}

export interface FetchMediaOptions {
  /** `host` (default port of the scheme) or `host:port`, compared case-insensitively. */
  allowedHosts: string[];
  maxBytes: number;
  /** For the whole fetch: DNS, connection, redirects and body. */
  timeoutMs: number;
  /** Only for the local simulator and tests. */
  allowPrivateNetwork?: boolean;
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
  const signal = AbortSignal.timeout(options.timeoutMs);
  let current = url;
  for (let redirects = 0; ; redirects++) {
    const target = checkTarget(current, options);
    const response = await send(target, options, signal).catch((e) => rethrow(e, target, options, signal));
    const status = response.statusCode ?? 0;

    if (REDIRECTS.has(status) && response.headers.location) {
      response.destroy();
      if (redirects >= MAX_REDIRECTS) throw new MediaFetchError("http_error", "Too many redirects.", status);
      current = resolveLocation(response.headers.location, target);
      continue;
    }
    if (status < 200 || status > 299) {
      response.destroy();
      throw new MediaFetchError("http_error", `${target.host} answered HTTP ${status}.`, status);
    }
    if (Number(response.headers["content-length"]) > options.maxBytes) {
      response.destroy();
      throw tooLarge(options.maxBytes);
    }
    const body = await readCapped(response, options.maxBytes).catch((e) =>
      rethrow(e, target, options, signal),
    );
    return {
      body,
      contentType: response.headers["content-type"] ?? "application/octet-stream",
      size: body.length,
      url: target.toString(),
    };
  }
}

function checkTarget(raw: string, options: FetchMediaOptions): URL {
  const target = URL.canParse(raw) ? new URL(raw) : null;
  if (!target) throw new MediaFetchError("bad_url", "The media URL is not a valid URL.");
  const httpOk = options.allowHttp && target.protocol === "http:";
  if (target.protocol !== "https:" && !httpOk) {
    throw new MediaFetchError("bad_url", "Only https media URLs can be fetched.");
  }
  if (target.username || target.password) {
    throw new MediaFetchError("bad_url", "Media URLs cannot carry credentials.");
  }
  if (!isAllowedHost(target, options.allowedHosts)) {
    throw new MediaFetchError("host_not_allowed", `${target.host} is not an allowed media host.`);
  }
  // An IP literal is never looked up, so it is checked here rather than in the lookup.
  const bare = target.hostname.replace(/^\[|\]$/g, "");
  if (!options.allowPrivateNetwork && isIP(bare) && isPrivateAddress(bare)) {
    throw privateAddress(target.host);
  }
  return target;
}

function isAllowedHost(target: URL, allowedHosts: string[]): boolean {
  const port = target.port || (target.protocol === "https:" ? "443" : "80");
  return allowedHosts.some((entry) => {
    const match = /^(.+?)(?::(\d+))?$/.exec(entry.trim().toLowerCase());
    return (
      match?.[1] === target.hostname && (match[2] ?? (target.protocol === "https:" ? "443" : "80")) === port
    );
  });
}

function send(target: URL, options: FetchMediaOptions, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const client = target.protocol === "https:" ? https : http;
    const request = client.request(
      target,
      {
        signal,
        // No pooled socket: one opened elsewhere, to an address nobody checked, must not be reused.
        agent: false,
        lookup: checkedLookup(target.host, options.allowPrivateNetwork ?? false),
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
        if (!first) throw new MediaFetchError("network_error", `${host} did not resolve.`);
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

async function readCapped(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

function resolveLocation(location: string, base: URL): string {
  if (!URL.canParse(location, base))
    throw new MediaFetchError("bad_url", "The media server redirected to an invalid URL.");
  return new URL(location, base).toString();
}

function rethrow(error: unknown, target: URL, options: FetchMediaOptions, signal: AbortSignal): never {
  if (error instanceof MediaFetchError) throw error;
  if (signal.aborted) {
    throw new MediaFetchError(
      "timeout",
      `${target.host} did not deliver the media within ${options.timeoutMs} ms.`,
    );
  }
  const code = (error as NodeJS.ErrnoException).code;
  throw new MediaFetchError(
    "network_error",
    `Could not download from ${target.host}${code ? ` (${code})` : ""}.`,
  );
}

const tooLarge = (maxBytes: number) =>
  new MediaFetchError("too_large", `The media is larger than the ${maxBytes}-byte limit.`);

const privateAddress = (host: string) =>
  new MediaFetchError("private_address", `${host} points to a private or local network address.`);
