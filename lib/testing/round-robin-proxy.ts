/**
 * The "small proxy" of the README's multi-instance recipe, for tests: every request goes to the
 * next instance in turn (no stickiness, so one page's document, scripts and server actions land
 * on different instances), streamed both ways, with the client's address appended to
 * X-Forwarded-For as a real load balancer does (instances run with TRUSTED_PROXY_HOPS=1).
 */
import http from "node:http";
import type net from "node:net";

export interface RoundRobinProxy {
  readonly url: string;
  /** How many requests each target has received, in the order of `targets`. */
  readonly served: readonly number[];
  close(): Promise<void>;
}

export async function startRoundRobinProxy(targets: readonly string[]): Promise<RoundRobinProxy> {
  if (targets.length === 0) throw new Error("A proxy needs at least one target.");
  const served = targets.map(() => 0);
  let next = 0;
  const server = http.createServer((request, response) => {
    const index = next++ % targets.length;
    served[index]!++;
    const target = new URL(request.url ?? "/", targets[index]);
    const forwardedFor = [request.headers["x-forwarded-for"], request.socket.remoteAddress]
      .flat()
      .filter(Boolean)
      .join(", ");
    const upstream = http.request(
      target,
      {
        method: request.method,
        headers: {
          ...request.headers,
          host: request.headers.host,
          "x-forwarded-for": forwardedFor,
          "x-forwarded-proto": "http",
        },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => {
      if (!response.headersSent) response.writeHead(502).end("instance unreachable");
      else response.destroy();
    });
    request.pipe(upstream);
  });
  const sockets = new Set<net.Socket>();
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
