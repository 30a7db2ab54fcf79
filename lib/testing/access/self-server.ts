import http from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { NextRequest } from "next/server";
import { resolveRoute, routeFiles } from "./endpoints";
import { loadModule } from "./in-process-caller";
import { inRequest } from "./next-request";

type RouteHandler = (request: NextRequest, context: { params: Promise<unknown> }) => Promise<Response>;

/**
 * The app's route handlers on a real socket, for what the app fetches from itself: in demo mode
 * its Grok simulator (`/api/simulator`) and the simulator's callbacks. Set PORT to `port` before
 * the first submit, as `next start -p` would.
 */
export async function serveAppRoutes(): Promise<{ port: number; close(): Promise<void> }> {
  const files = routeFiles();
  const server = http.createServer((req, res) => {
    void answer(files, req, res).catch((error: unknown) => {
      console.error("[self-server]", error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function answer(files: string[], req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "127.0.0.1"}`);
  const method = req.method ?? "GET";
  const found = resolveRoute(files, url.pathname);
  const route = found && ((await loadModule(found.file))[method] as RouteHandler | undefined);
  if (!found || !route) {
    res.writeHead(404).end();
    return;
  }
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers))
    for (const v of [value ?? []].flat()) headers.append(key, v);
  const body = method === "GET" || method === "HEAD" ? undefined : (Readable.toWeb(req) as ReadableStream);
  // `duplex`: a streamed body, which Node's fetch types leave out.
  const init = { method, headers, body, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1];
  const request = new NextRequest(url, init);
  const response = await inRequest({ headers, session: null }, () =>
    route(request, { params: Promise.resolve(found.params) }),
  );
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}
