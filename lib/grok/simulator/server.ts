import http from "node:http";
import type { AddressInfo } from "node:net";
import { type Simulator, type SimulatorOptions, createSimulator } from "./simulator";

export interface SimulatorServerOptions extends SimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
}

export interface SimulatorServer {
  /** Base URL for a Grok client: origin plus basePath. */
  url: string;
  simulator: Simulator;
  close(): Promise<void>;
}

/** The simulator on a real socket, so clients are tested over real HTTP (timeouts, resets). */
export async function startSimulatorServer(options: SimulatorServerOptions = {}): Promise<SimulatorServer> {
  const simulator = createSimulator(options);
  const host = options.host ?? "127.0.0.1";
  const server = http.createServer((req, res) => void serve(simulator, req, res, host));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}${(options.basePath ?? "").replace(/\/+$/, "")}`;

  return {
    url,
    simulator,
    async close() {
      // Stopped, not reset: the tasks stay in persistFile for the next simulator.
      simulator.stop();
      // Hung requests (the `hang` faults) would otherwise hold close() open forever.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

async function serve(
  simulator: Simulator,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  host: string,
) {
  const aborted = new AbortController();
  // The response closing before we finished writing it means the client went away.
  res.on("close", () => {
    if (!res.writableFinished) aborted.abort();
  });
  try {
    const response = await simulator.handle(toRequest(req, host, aborted.signal));
    if (aborted.signal.aborted) return;
    const headers = Object.fromEntries(response.headers);
    // A body left unread (refused as too large) is not drained: the connection closes instead.
    if (!req.complete) headers.connection = "close";
    res.writeHead(response.status, headers);
    if (!response.body) return void res.end();
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      if (aborted.signal.aborted) return;
      if (!res.write(chunk))
        await new Promise((resolve) => res.once("drain", resolve).once("close", resolve));
    }
    res.end();
  } catch (error) {
    if (res.headersSent) return void res.destroy();
    res.writeHead(500, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: { code: "api_error", message: String(error) } }));
  }
}

function toRequest(req: http.IncomingMessage, host: string, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  const init: RequestInit & { duplex?: "half" } = {
    method: req.method,
    headers,
    signal,
    ...(hasBody ? { body: bodyStream(req), duplex: "half" } : {}),
  };
  return new Request(new URL(req.url ?? "/", `http://${req.headers.host ?? host}`), init);
}

/**
 * The request body as a web stream read on demand. Unlike `Readable.toWeb`, cancelling it only
 * stops reading: the socket stays open for the answer (413) instead of being destroyed.
 */
function bodyStream(req: http.IncomingMessage): ReadableStream<Uint8Array> {
  let open = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const finish = (error?: Error) => {
        if (!open) return;
        open = false;
        if (error) controller.error(error);
        else controller.close();
      };
      req.pause();
      req.on("data", (chunk: Buffer) => {
        if (!open) return;
        controller.enqueue(new Uint8Array(chunk));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.once("end", () => finish());
      req.once("error", finish);
      // A client gone mid-body must not leave the reader waiting forever.
      req.once("close", () => finish(new Error("The client closed the request.")));
    },
    pull() {
      req.resume();
    },
    cancel() {
      open = false;
      req.pause();
    },
  });
}
