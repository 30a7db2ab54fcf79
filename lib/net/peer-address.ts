import http from "node:http";

/**
 * The address of the connection a request came in on, for servers with no trusted proxy.
 *
 * `next start` gives app code no socket, and fills X-Forwarded-For with the socket's address only
 * when the client sent none (base-server.js: `??=`), so a client can always write its own. This
 * stamps every incoming request with the socket's address under our own header, overwriting
 * whatever a client sent under that name, before Next sees it. Installed once per process from
 * instrumentation.ts; requests served before it (the very first) carry no stamp and count as
 * an unknown address.
 */
export const PEER_ADDRESS_HEADER = "x-studio-peer-address";

declare global {
  var __peerAddressStamp: boolean | undefined;
}

export function stampPeerAddresses(): void {
  if (globalThis.__peerAddressStamp) return;
  globalThis.__peerAddressStamp = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function stampedEmit(
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
