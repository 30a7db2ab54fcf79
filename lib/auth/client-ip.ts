import "server-only";
import { isIP } from "node:net";
import { env } from "@/lib/config/env";
import { PEER_ADDRESS_HEADER } from "@/lib/net/peer-address";

/** The bucket for a request whose address cannot be known; IP limits skip it (see throttle.ts). */
export const UNKNOWN_IP = "unknown";

/**
 * The client's address for throttling, read from X-Forwarded-For through `hops` trusted proxies.
 *
 * What `next start` does (next/dist/server/base-server.js, handleRequestImpl):
 * `req.headers['x-forwarded-for'] ??= socket.remoteAddress` — it fills the header with the socket
 * address only when it is absent and never appends. So app code sees either exactly what the
 * client (or the proxies) sent, or the bare socket address; the two cannot be told apart.
 *
 * - hops = 0 (no proxy): every entry may have been written by the client, so the header is
 *   ignored; the address is the connection's own, stamped by lib/net/peer-address.ts (UNKNOWN_IP
 *   where no stamp exists). Behind an undeclared proxy that is the proxy's address for everyone:
 *   set TRUSTED_PROXY_HOPS. X-Real-IP is ignored always: it cannot be hop-counted.
 * - hops = N: each trusted proxy appends the address it received the request from, so the Nth
 *   entry from the right was written by the outermost trusted proxy and is the client's; anything
 *   left of it is client-written and ignored. Next adds nothing since the proxies set the header.
 *   Fewer than N entries means a proxy did not append (or Next filled in the socket): the leftmost
 *   entry is then the nearest to the client that any trusted party wrote.
 */
export function clientIpFrom(headers: Headers, hops: number): string {
  if (hops <= 0) return normalised(headers.get(PEER_ADDRESS_HEADER) ?? "");
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return UNKNOWN_IP;
  return normalised(entries[Math.max(0, entries.length - hops)]!);
}

/** One client, one bucket: lower-cased IPv6, and IPv4 without its "::ffff:" mapping. */
function normalised(entry: string): string {
  const address = entry
    .trim()
    .toLowerCase()
    .replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return isIP(address) ? address : UNKNOWN_IP;
}

export function clientIp(headers: Headers): string {
  return clientIpFrom(headers, env().TRUSTED_PROXY_HOPS);
}
