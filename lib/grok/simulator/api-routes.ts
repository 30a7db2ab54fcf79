import type { Background, CallbackDelivery, FetchedImage } from "./background";
import type { ClipCache } from "./clip-cache";
import { downloadImage, fetchImage, postCallback } from "./background";
import type { FaultQueue } from "./faults";
import { clientClosed, errorResponse, isRecord, json, sleep, waitForAbort } from "./http";
import { type ListFilterMode, listTasks } from "./list-tasks";
import {
  MODERATION_FAILURE,
  clipShape,
  createTask,
  isFinished,
  taskEnvelope,
  taskRecord,
  type SimTask,
} from "./tasks";
import { type ValidSubmit, validateSubmit } from "./validate-submit";
import type { SimulatorStats } from "./simulator";
import { log } from "@/lib/log/logger";

/** What the API routes share with the simulator that owns them. */
export interface ApiContext {
  now: () => number;
  taskDurationMs: number;
  sendCallbacks: boolean;
  tasks: ReadonlyMap<string, SimTask>;
  /** Keeps (and persists) a new task, dropping the oldest past the simulator's cap. */
  addTask: (task: SimTask) => void;
  /** Persists a change to a kept task. */
  taskChanged: (task: SimTask) => void;
  faults: FaultQueue;
  background: Background;
  fetchedImages: FetchedImage[];
  callbacks: CallbackDelivery[];
  /** Appends to one of the logs, which are bounded. */
  log: <T>(entries: T[], entry: T) => void;
  mediaBaseUrl: (request: Request) => string;
  signMedia?: (path: string) => string;
  listFilters: () => ListFilterMode;
  maxInFlight: () => number | null;
  stats: SimulatorStats;
  allowImageUrl?: (url: string) => boolean;
  allowCallbackUrl?: (url: string) => boolean;
  clips: ClipCache;
  prepareClips: boolean;
}

/** `POST /grok/videos` (§1). */
export async function submitVideo(ctx: ApiContext, request: Request, body: unknown): Promise<Response> {
  const check = validateSubmit(body);
  if (!check.ok) return errorResponse(400, "bad_request", check.message);
  const { submit } = check;
  const refused = refusedUrl(ctx, submit);
  if (refused) return errorResponse(400, "bad_request", refused);
  const inFlight = [...ctx.tasks.values()].filter((t) => !isFinished(t, ctx.now())).length;
  const limit = ctx.maxInFlight();
  if (limit !== null && inFlight >= limit) {
    ctx.stats.rateLimited++;
    return errorResponse(429, "rate_limited", `This token already has ${inFlight} tasks in flight.`);
  }
  const fault = ctx.faults.takeTaskFault();
  const prompt = submit.prompt ?? "";
  const slow = prompt.includes("[sim:slow]") ? 3 : 1;
  const failure =
    fault?.kind === "task_fails"
      ? (fault.error ?? MODERATION_FAILURE)
      : prompt.includes("[sim:fail]")
        ? MODERATION_FAILURE
        : undefined;

  const task = createTask({
    submit,
    request: body as Record<string, unknown>,
    now: ctx.now(),
    durationMs: ctx.taskDurationMs * slow,
    mediaBaseUrl: ctx.mediaBaseUrl(request),
    signMedia: ctx.signMedia,
    failure: failure && { ...failure },
    neverFinishes: fault?.kind === "task_never_finishes",
  });
  ctx.addTask(task);
  ctx.stats.accepted++;
  ctx.stats.maxInFlight = Math.max(ctx.stats.maxInFlight, inFlight + 1);
  fetchImages(ctx, task);
  scheduleCallback(ctx, task);
  // Made while the task "runs", so the video is ready when its link is first fetched.
  // A clip that starts from an image is made once the image is fetched (fetchImages).
  if (!task.failure && !submit.imageUrl) ctx.clips.file(clipShape(submit)).catch(clipFailed);

  if (fault?.kind === "accept_then_malformed") {
    return new Response('{"task_id": ', { status: 200, headers: { "content-type": "application/json" } });
  }
  if (fault?.kind === "accept_then_hang") {
    await waitForAbort(request.signal);
    return clientClosed();
  }
  if (submit.async) return json({ task_id: task.id, trace_id: task.traceId, success: true });

  // Synchronous mode holds the connection until the task is done.
  while (!isFinished(task, ctx.now())) {
    if (request.signal.aborted) return clientClosed();
    await sleep(Math.min(250, Math.max(10, task.finishAt - ctx.now())), request.signal);
  }
  // [guess] How a synchronous failure is answered is undocumented: their 500 "generation failed".
  return json(taskEnvelope(task), task.failure ? 500 : 200);
}

const clipFailed = (error: unknown) =>
  log.error({ event: "simulator.clip-failed", err: error }, "clip not made");

/** The file a task's `video_url` serves: a clip of its shape, or its own from its first-frame image. */
export function taskClip(clips: ClipCache, task: SimTask): Promise<string> {
  const { imageUrl } = task.submit;
  const shape = clipShape(task.submit);
  return imageUrl ? clips.fromImage(task.id, shape, () => downloadImage(imageUrl)) : clips.file(shape);
}

/** `POST /grok/tasks` (§2). */
export function retrieveTasks(ctx: ApiContext, body: unknown): Response {
  if (!isRecord(body)) return errorResponse(400, "bad_request", "The request body must be a JSON object.");
  const action = body.action ?? "retrieve";
  const now = ctx.now();
  if (action === "retrieve") {
    if (typeof body.id !== "string" || body.id === "")
      return errorResponse(400, "bad_request", "id is required.");
    const task = ctx.tasks.get(body.id);
    // An unknown id reads as an empty object [client: AceDataCloud's n8n nodes treat `{}` as "not found"].
    return json(task ? taskRecord(task, now) : {});
  }
  if (action === "retrieve_batch") {
    const ids = body.ids;
    if (ids === undefined || ids === null) return listTasks(ctx.tasks.values(), body, ctx.listFilters(), now);
    if (!Array.isArray(ids) || !ids.every((id) => typeof id === "string")) {
      return errorResponse(400, "bad_request", "ids must be a list of task ids.");
    }
    // [guess] Unknown ids are left out of `items` rather than answered with placeholders.
    const items = ids.flatMap((id) => {
      const task = ctx.tasks.get(id);
      return task ? [taskRecord(task, now)] : [];
    });
    return json({ items, count: items.length });
  }
  return errorResponse(400, "bad_request", "action must be retrieve or retrieve_batch.");
}

/** The simulator is no open relay: it fetches and posts only where its host allows. */
function refusedUrl(ctx: ApiContext, submit: ValidSubmit): string | undefined {
  const { allowImageUrl: allowImage, allowCallbackUrl: allowCallback } = ctx;
  if (allowImage && submit.imageUrl && !allowImage(submit.imageUrl))
    return "image_url must be a file of this studio (the simulator fetches nothing else).";
  if (allowImage && !submit.referenceImageUrls.every(allowImage))
    return "reference_image_urls must be files of this studio (the simulator fetches nothing else).";
  if (allowCallback && submit.callbackUrl && !allowCallback(submit.callbackUrl))
    return "callback_url must be a webhook of this studio (the simulator posts nowhere else).";
  return undefined;
}

/** The upstream downloads the images it is given; a link it cannot fetch fails the task. */
function fetchImages(ctx: ApiContext, task: SimTask) {
  const urls = [
    ...(task.submit.imageUrl ? [["image_url", task.submit.imageUrl]] : []),
    ...task.submit.referenceImageUrls.map((url) => ["reference_image_urls", url]),
  ] as Array<[string, string]>;
  for (const [field, url] of urls) {
    ctx.background.track(async (stillCurrent) => {
      const { data, ...result } = await fetchImage(url, { keep: field === "image_url" });
      if (!stillCurrent()) return;
      ctx.log(ctx.fetchedImages, { taskId: task.id, url, ...result, time: ctx.now() });
      if (data && !task.failure)
        ctx.clips.fromImage(task.id, clipShape(task.submit), async () => data).catch(clipFailed);
      if (result.error && !isFinished(task, ctx.now()) && !task.failure) {
        // [guess] The upstream's code for an unreachable image is undocumented.
        task.failure = {
          code: "bad_request",
          message: `Could not download ${field} ${url} (${result.error}).`,
        };
        ctx.taskChanged(task);
      }
    });
  }
}

export function scheduleCallback(ctx: ApiContext, task: SimTask) {
  if (task.callback !== "due" || !ctx.sendCallbacks || !Number.isFinite(task.finishAt)) return;
  ctx.background.timer(
    () => {
      if (!deliverCallback(ctx, task)) scheduleCallback(ctx, task);
    },
    Math.max(20, task.finishAt - ctx.now()),
  );
}

/**
 * Sends a finished task's callback, once; false while it is not due yet. Also run on every
 * request, so an injected clock that jumps ahead gets its callbacks without waiting on timers.
 */
export function deliverCallback(ctx: ApiContext, task: SimTask): boolean {
  const url = task.submit.callbackUrl;
  if (task.callback !== "due" || !url || !ctx.sendCallbacks || ctx.tasks.get(task.id) !== task) return true;
  if (!isFinished(task, ctx.now())) return false;
  task.callback = "sent";
  ctx.taskChanged(task);
  const body = taskEnvelope(task);
  ctx.background.track(async (stillCurrent) => {
    const result = await postCallback(url, body);
    if (stillCurrent()) ctx.log(ctx.callbacks, { taskId: task.id, url, body, ...result, time: ctx.now() });
  });
  return true;
}
