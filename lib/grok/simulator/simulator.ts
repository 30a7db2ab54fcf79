import { type ApiContext, deliverCallback, retrieveTasks, submitVideo } from "./api-routes";
import { type CallbackDelivery, type FetchedImage, createBackground } from "./background";
import { handleControl } from "./control";
import { type Fault, createFaultQueue, faultResponse } from "./faults";
import { clientClosed, errorResponse, parseJsonBody, sleep, waitForAbort } from "./http";
import { serveMedia } from "./media";
import { type SimTask, taskRecord } from "./tasks";

/**
 * A stand-in for Ace Data Cloud's Grok API speaking its HTTP contract (GROK_API.md), as one
 * Web-standard handler: mounted in a Next.js route for demo mode, or behind node:http in tests.
 */
export interface SimulatorOptions {
  /** When set, only `Authorization: Bearer <token>` is accepted; otherwise any bearer token. */
  token?: string;
  latencyMs?: number;
  /** Submit to finished. */
  taskDurationMs?: number;
  /** Where the simulator is mounted, e.g. "/api/simulator"; routes and media URLs are below it. */
  basePath?: string;
  /** Origin (plus path) used in `video_url`; default: the request's origin plus basePath. */
  publicBaseUrl?: string;
  sendCallbacks?: boolean;
  /** Enables `/__sim/*` (faults, request log, reset). Never in production: it reveals tokens. */
  controlEnabled?: boolean;
  now?: () => number;
  mediaDir?: string;
}

export interface LoggedRequest {
  method: string;
  /** Below basePath, e.g. "/grok/videos". */
  path: string;
  headers: Record<string, string>;
  /** Parsed JSON, or the raw text when it is not JSON. */
  body: unknown;
  time: number;
}

export interface Simulator {
  handle(request: Request): Promise<Response>;
  readonly requests: LoggedRequest[];
  readonly fetchedImages: FetchedImage[];
  readonly callbacks: CallbackDelivery[];
  readonly tasks: ReadonlyMap<string, Readonly<SimTask>>;
  /** The record `POST /grok/tasks` would answer for this task right now. */
  taskRecord(id: string): Record<string, unknown> | undefined;
  injectFault(fault: Fault): void;
  clearFaults(): void;
  reset(): void;
  /** Resolves once background image fetches and callback deliveries under way have finished. */
  idle(): Promise<void>;
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const basePath = (options.basePath ?? "").replace(/\/+$/, "");
  const now = options.now ?? Date.now;
  const tasks = new Map<string, SimTask>();
  const requests: LoggedRequest[] = [];
  const faults = createFaultQueue();
  const background = createBackground();
  const ctx: ApiContext = {
    now,
    taskDurationMs: options.taskDurationMs ?? 4_000,
    sendCallbacks: options.sendCallbacks ?? true,
    tasks,
    faults,
    background,
    fetchedImages: [],
    callbacks: [],
    mediaBaseUrl: (request) =>
      (options.publicBaseUrl ?? `${new URL(request.url).origin}${basePath}`).replace(/\/+$/, ""),
  };

  const simulator: Simulator = {
    requests,
    fetchedImages: ctx.fetchedImages,
    callbacks: ctx.callbacks,
    tasks,
    taskRecord: (id) => {
      const task = tasks.get(id);
      return task && taskRecord(task, now());
    },
    injectFault: (fault) => faults.add(fault),
    clearFaults: () => faults.clear(),
    reset() {
      background.reset();
      tasks.clear();
      faults.clear();
      // Emptied in place: tests hold references to these arrays.
      requests.length = 0;
      ctx.fetchedImages.length = 0;
      ctx.callbacks.length = 0;
    },
    idle: () => background.idle(),
    // A bug in here should look like the upstream's own 500, not crash the host route.
    handle: (request) =>
      route(request).catch((error: unknown) =>
        errorResponse(500, "api_error", `Simulator error: ${String(error)}`),
      ),
  };

  async function route(request: Request): Promise<Response> {
    for (const task of tasks.values()) deliverCallback(ctx, task);
    const { pathname } = new URL(request.url);
    if (!pathname.startsWith(basePath)) return noApi();
    const path = pathname.slice(basePath.length) || "/";
    if (path.startsWith("/__sim/")) {
      return options.controlEnabled ? handleControl(simulator, request, path) : noApi();
    }

    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    const text = hasBody ? await request.text() : "";
    const body = parseJsonBody(text) ?? (text || undefined);
    const headers = Object.fromEntries(request.headers);
    requests.push({ method: request.method, path, headers, body, time: now() });

    const media = path.match(/^\/media\/([\w.-]+)$/);
    if (media?.[1] && !hasBody) return serveMedia(request, media[1], options.mediaDir);
    if (request.method !== "POST" || (path !== "/grok/videos" && path !== "/grok/tasks")) return noApi();

    await sleep(options.latencyMs ?? 0, request.signal);
    const fault = faults.takeHttpFault(path);
    if (fault) {
      const response = faultResponse(fault);
      if (response !== "hang") return response;
      await waitForAbort(request.signal);
      return clientClosed();
    }
    const refused = checkAuth(request.headers.get("authorization"), options.token);
    if (refused) return refused;
    const json = parseJsonBody(text);
    if (json === undefined) return errorResponse(400, "bad_request", "The request body must be valid JSON.");
    return path === "/grok/videos" ? submitVideo(ctx, request, json) : retrieveTasks(ctx, json);
  }

  return simulator;
}

const noApi = () => errorResponse(404, "no_api", "The API does not exist.");

function checkAuth(header: string | null, token: string | undefined): Response | undefined {
  if (!header?.trim()) return errorResponse(400, "no_token", "The token is not provided.");
  const presented = header.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
  if (!presented || (token !== undefined && presented !== token)) {
    return errorResponse(401, "invalid_token", "The specified token is invalid or wrong.");
  }
  return undefined;
}
