import {
  type ApiContext,
  deliverCallback,
  retrieveTasks,
  scheduleCallback,
  submitVideo,
  taskClip,
} from "./api-routes";
import { type CallbackDelivery, type FetchedImage, createBackground } from "./background";
import { handleControl } from "./control";
import { type Fault, createFaultQueue, faultResponse, SIM_MEDIA_PATH } from "./faults";
import {
  bodyTooLarge,
  clientClosed,
  errorResponse,
  parseJsonBody,
  pushBounded,
  readCappedText,
  sleep,
  waitForAbort,
} from "./http";
import type { ListFilterMode } from "./list-tasks";
import { createClipCache } from "./clip-cache";
import { serveMedia } from "./media";
import { signMediaPath, verifyMediaUrl } from "./media-signing";
import { createTaskStore } from "./task-store";
import { type SimTask, clipShape, taskRecord } from "./tasks";
import { clipName } from "./video-size";

/**
 * A stand-in for Ace Data Cloud's Grok API speaking its HTTP contract (docs/upstream-api.md), as one
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
  /** Where made-to-measure clips are kept (default: a folder in the OS temp dir). */
  clipDir?: string;
  /**
   * Starts making a task's clip when it is submitted, so it is ready when the task finishes
   * (demo mode). Off by default: most tests never fetch the video and should not pay ffmpeg.
   */
  prepareClips?: boolean;
  /** How `retrieve_batch` without ids treats its filters (default "supported"); see list-tasks.ts. */
  listFilters?: ListFilterMode;
  /** A JSON-lines file the tasks are kept in, so a new simulator on it knows (and finishes) them. */
  persistFile?: string;
  /** Tasks kept, in memory and in persistFile; the oldest are dropped first. Default 2000. */
  maxTasks?: number;
  /** Entries kept in each of `requests`, `fetchedImages` and `callbacks`. Default 200. */
  maxLogEntries?: number;
  /** A request body above this is answered 413 without being read. Default 64 KiB. */
  maxBodyBytes?: number;
  /** Which `image_url` / `reference_image_urls` a submit may name (default: any http(s) URL). */
  allowImageUrl?: (url: string) => boolean;
  /** Which `callback_url` a submit may name (default: any http(s) URL). */
  allowCallbackUrl?: (url: string) => boolean;
  /** Signs `video_url`s (7 days) and refuses media requests without a valid signature (403). */
  mediaSigningKey?: string;
  /**
   * Tasks the token may have unfinished at once; one more submit answers 429 `rate_limited`
   * (docs/upstream-api.md §6: about 5 per token). Default: no limit.
   */
  maxInFlight?: number;
}

/** What `POST /__sim/config` can change while the simulator runs; reset restores the options'. */
export interface SimulatorConfig {
  listFilters: ListFilterMode;
  /** See SimulatorOptions.maxInFlight; null for no limit. */
  maxInFlight: number | null;
  /** Submit to finished, for tasks submitted from now on. */
  taskDurationMs: number;
}

/** Counters that, unlike the bounded request log, count everything since the last reset. */
export interface SimulatorStats {
  /** `POST /grok/videos` requests, whatever their answer. */
  submits: number;
  /** Submits that created a task. */
  accepted: number;
  /** Submits answered 429 because the token's tasks in flight were at the limit. */
  rateLimited: number;
  /** `POST /grok/tasks` requests. */
  taskReads: number;
  /** The most tasks unfinished at one time. */
  maxInFlight: number;
}

export interface LoggedRequest {
  method: string;
  /** Below basePath, e.g. "/grok/videos". */
  path: string;
  headers: Record<string, string>;
  /** Parsed JSON, or the raw text when it is not JSON. */
  body: unknown;
  time: number;
  /** The status it was answered with, once answered (a 429 made no task and costs nothing). */
  status?: number;
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
  readonly config: Readonly<SimulatorConfig>;
  readonly stats: Readonly<SimulatorStats>;
  configure(config: Partial<SimulatorConfig>): void;
  /** Forgets every task (emptying persistFile too), fault, log entry and run-time setting. */
  reset(): void;
  /** Stops timers and drops background results; tasks and persistFile are kept (a shutdown). */
  stop(): void;
  /** Resolves once background image fetches and callback deliveries under way have finished. */
  idle(): Promise<void>;
}

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const basePath = (options.basePath ?? "").replace(/\/+$/, "");
  const now = options.now ?? Date.now;
  const maxTasks = options.maxTasks ?? 2_000;
  const maxLogEntries = options.maxLogEntries ?? 200;
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const initialConfig: SimulatorConfig = {
    listFilters: options.listFilters ?? "supported",
    maxInFlight: options.maxInFlight ?? null,
    taskDurationMs: options.taskDurationMs ?? 4_000,
  };
  const emptyStats: SimulatorStats = {
    submits: 0,
    accepted: 0,
    rateLimited: 0,
    taskReads: 0,
    maxInFlight: 0,
  };
  const stats = { ...emptyStats };
  const config = { ...initialConfig };
  const tasks = new Map<string, SimTask>();
  const store = createTaskStore(options.persistFile, maxTasks);
  const requests: LoggedRequest[] = [];
  const faults = createFaultQueue();
  const background = createBackground();
  const signingKey = options.mediaSigningKey;
  const clips = createClipCache(options.clipDir);
  const ctx: ApiContext = {
    now,
    get taskDurationMs() {
      return config.taskDurationMs;
    },
    sendCallbacks: options.sendCallbacks ?? true,
    tasks,
    addTask(task) {
      // On disk before it is answered, so a crash right after the answer cannot lose it.
      store.append(task);
      tasks.set(task.id, task);
      for (const id of tasks.keys()) {
        if (tasks.size <= maxTasks) break;
        tasks.delete(id);
      }
      store.compactIfDue(tasks.values());
    },
    taskChanged(task) {
      store.append(task);
      store.compactIfDue(tasks.values());
    },
    faults,
    background,
    fetchedImages: [],
    callbacks: [],
    log: (entries, entry) => pushBounded(entries, entry, maxLogEntries),
    mediaBaseUrl: (request) =>
      (options.publicBaseUrl ?? `${new URL(request.url).origin}${basePath}`).replace(/\/+$/, ""),
    signMedia: signingKey === undefined ? undefined : (path) => signMediaPath(signingKey, path, now()),
    listFilters: () => config.listFilters,
    maxInFlight: () => config.maxInFlight,
    stats,
    allowImageUrl: options.allowImageUrl,
    allowCallbackUrl: options.allowCallbackUrl,
    clips,
    prepareClips: options.prepareClips ?? false,
  };
  for (const task of store.load()) tasks.set(task.id, task);
  for (const task of tasks.values()) scheduleCallback(ctx, task);

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
    config,
    stats,
    configure(patch) {
      if (patch.listFilters) config.listFilters = patch.listFilters;
      if (patch.maxInFlight !== undefined) config.maxInFlight = patch.maxInFlight;
      if (patch.taskDurationMs !== undefined) config.taskDurationMs = patch.taskDurationMs;
    },
    reset() {
      background.reset();
      tasks.clear();
      store.clear();
      faults.clear();
      Object.assign(config, initialConfig);
      Object.assign(stats, emptyStats);
      // Emptied in place: tests hold references to these arrays.
      requests.length = 0;
      ctx.fetchedImages.length = 0;
      ctx.callbacks.length = 0;
    },
    stop: () => background.reset(),
    idle: () => background.idle(),
    // A bug in here should look like the upstream's own 500, not crash the host route.
    handle: (request) =>
      route(request).catch((error: unknown) =>
        errorResponse(500, "api_error", `Simulator error: ${String(error)}`),
      ),
  };

  async function route(request: Request): Promise<Response> {
    for (const task of tasks.values()) deliverCallback(ctx, task);
    const url = new URL(request.url);
    if (!url.pathname.startsWith(basePath)) return noApi();
    const path = url.pathname.slice(basePath.length) || "/";

    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    const text = hasBody ? await readCappedText(request, maxBodyBytes) : "";
    if (path.startsWith("/__sim/")) {
      if (!options.controlEnabled) return noApi();
      return text === undefined ? bodyTooLarge() : handleControl(simulator, request, path, text);
    }
    const body = text === undefined ? undefined : (parseJsonBody(text) ?? (text || undefined));
    const headers = Object.fromEntries(request.headers);
    const entry: LoggedRequest = { method: request.method, path, headers, body, time: now() };
    ctx.log(requests, entry);
    const response = await answer(request, url, path, text);
    entry.status = response.status;
    return response;
  }

  async function answer(
    request: Request,
    url: URL,
    path: string,
    text: string | undefined,
  ): Promise<Response> {
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    if (text === undefined) return bodyTooLarge();

    const media = path.match(/^\/media\/([\w.-]+)$/);
    if (media?.[1] && !hasBody) {
      if (signingKey !== undefined && !verifyMediaUrl(signingKey, path, url, now()))
        return errorResponse(403, "forbidden", "The media link is unsigned, forged or expired.");
      const fault = faults.takeHttpFault(SIM_MEDIA_PATH);
      if (fault) return answerFault(fault, request.signal);
      return serveMedia(request, media[1], clips, options.mediaDir, (taskId, name) => {
        const task = tasks.get(taskId);
        return task?.submit.imageUrl && clipName(clipShape(task.submit)) === name
          ? taskClip(clips, task)
          : undefined;
      });
    }
    if (request.method !== "POST" || (path !== "/grok/videos" && path !== "/grok/tasks")) return noApi();
    if (path === "/grok/videos") stats.submits++;
    else stats.taskReads++;

    await sleep(options.latencyMs ?? 0, request.signal);
    const fault = faults.takeHttpFault(path);
    if (fault) return answerFault(fault, request.signal);
    const refused = checkAuth(request.headers.get("authorization"), options.token);
    if (refused) return refused;
    const json = parseJsonBody(text);
    if (json === undefined) return errorResponse(400, "bad_request", "The request body must be valid JSON.");
    return path === "/grok/videos" ? submitVideo(ctx, request, json) : retrieveTasks(ctx, json);
  }

  return simulator;
}

/** An injected fault's answer; a hung request waits until its client gives up. */
async function answerFault(
  fault: Parameters<typeof faultResponse>[0],
  signal: AbortSignal,
): Promise<Response> {
  const response = faultResponse(fault);
  if (response !== "hang") return response;
  await waitForAbort(signal);
  return clientClosed();
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
