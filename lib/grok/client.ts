import "server-only";
import type { AspectRatio, ModelId, Resolution } from "./catalog";
import { type Answer, errorFromAnswer, isSuccess, parseJson, unexpectedSuccess } from "./answers";
import { GrokError } from "./errors";
import { batchResponseSchema, submitResponseSchema, taskRecordSchema, type TaskRecord } from "./schemas";
import { backoffMs, parseRetryAfter, transportError } from "./transport";

/**
 * The only code that talks to Ace Data Cloud's Grok API (docs/upstream-api.md). A submit is sent once
 * and never retried: an unanswered submit may already be a paid task. Task reads are safe to
 * repeat and retry transient failures with capped, jittered backoff.
 */
export interface GrokClientOptions {
  baseUrl: string;
  /** Server-side secret; callers pass it from the server environment. */
  token: string;
  submitTimeoutMs?: number;
  readTimeoutMs?: number;
  fetch?: typeof fetch;
  maxReadRetries?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface SubmitVideoRequest {
  prompt: string;
  model: ModelId;
  aspectRatio: AspectRatio;
  resolution: Resolution;
  duration: number;
  imageUrl?: string;
  referenceImageUrls?: string[];
  callbackUrl?: string;
}

export interface SubmittedTask {
  taskId: string;
  traceId?: string;
}

/** A window of the token's tasks by creation time ([client] filters; not in the public docs). */
export interface TaskListQuery {
  createdAtMin: Date;
  createdAtMax: Date;
  offset: number;
  limit: number;
}

export interface TaskListPage {
  /** Every readable record of the page, as the upstream answered it (it may ignore the filters). */
  items: TaskRecord[];
  /** How many items the upstream put on the page, readable or not. */
  returned: number;
  total?: number;
}

export interface GrokClient {
  submitVideo(request: SubmitVideoRequest): Promise<SubmittedTask>;
  retrieveTask(id: string): Promise<TaskRecord>;
  retrieveTasks(ids: readonly string[]): Promise<TaskRecord[]>;
  listTasks(query: TaskListQuery): Promise<TaskListPage>;
}

/** Their own clients never ask for more ids at once [client: AceDataCloud n8n nodes]. */
export const BATCH_MAX = 50;
// A Retry-After longer than one backoff step is left to the caller's schedule.
const MAX_WAIT_MS = 8_000;

/** The upstream's field names and order, exactly as documented (§1). */
export function submitBody(request: SubmitVideoRequest): Record<string, unknown> {
  return {
    prompt: request.prompt,
    model: request.model,
    ...(request.imageUrl ? { image_url: request.imageUrl } : {}),
    ...(request.referenceImageUrls?.length ? { reference_image_urls: request.referenceImageUrls } : {}),
    aspect_ratio: request.aspectRatio,
    resolution: request.resolution,
    duration: request.duration,
    ...(request.callbackUrl ? { callback_url: request.callbackUrl } : {}),
    async: true,
  };
}

// Reads are idempotent; an unexpected answer to one changes nothing upstream.
const READ = { httpStatus: 200, maybeSent: true, idempotent: true };

type ReadOutcome =
  { ok: true; json: unknown } | { ok: false; error: GrokError; retry: boolean; waitMs?: number };

export function createGrokClient(options: GrokClientOptions): GrokClient {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  const maxReadRetries = options.maxReadRetries ?? 3;
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  // Without a token, send none: the upstream's own `no_token` answer explains it best.
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  async function post(path: string, body: unknown, timeoutMs: number): Promise<Answer> {
    const response = await doFetch(`${baseUrl}${path}`, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  }

  async function submitVideo(request: SubmitVideoRequest): Promise<SubmittedTask> {
    let answer: Answer;
    try {
      answer = await post("/grok/videos", submitBody(request), options.submitTimeoutMs ?? 30_000);
    } catch (error) {
      throw transportError(error, false);
    }
    if (!isSuccess(answer)) throw errorFromAnswer(answer, false);
    const json = parseJson(answer.text);
    const parsed = submitResponseSchema.safeParse(json);
    if (!parsed.success) {
      throw unexpectedSuccess(json, {
        httpStatus: answer.status,
        text: answer.text,
        maybeSent: true,
        idempotent: false,
      });
    }
    const { task_id: taskId, trace_id: traceId } = parsed.data;
    return traceId ? { taskId, traceId } : { taskId };
  }

  async function attemptRead(body: unknown): Promise<ReadOutcome> {
    let answer: Answer;
    try {
      answer = await post("/grok/tasks", body, options.readTimeoutMs ?? 15_000);
    } catch (error) {
      return { ok: false, error: transportError(error, true), retry: true };
    }
    if (isSuccess(answer)) {
      const json = parseJson(answer.text);
      if (json !== undefined) return { ok: true, json };
      const error = unexpectedSuccess(json, { ...READ, httpStatus: answer.status, text: answer.text });
      return { ok: false, error, retry: false };
    }
    return {
      ok: false,
      error: errorFromAnswer(answer, true),
      retry: answer.status === 429 || answer.status >= 500,
      waitMs: parseRetryAfter(answer.headers.get("retry-after"), Date.now()),
    };
  }

  async function readTasks(body: unknown): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      const outcome = await attemptRead(body);
      if (outcome.ok) return outcome.json;
      const waitMs = outcome.waitMs ?? backoffMs(attempt, random, 500, MAX_WAIT_MS);
      if (!outcome.retry || attempt >= maxReadRetries || waitMs > MAX_WAIT_MS) throw outcome.error;
      await sleep(waitMs);
    }
  }

  async function retrieveTask(id: string): Promise<TaskRecord> {
    const json = await readTasks({ id, action: "retrieve" });
    const record = taskRecordSchema.safeParse(json);
    if (record.success) return record.data;
    const failure = unexpectedSuccess(json, READ);
    // An unknown id is answered with `{}` [client: AceDataCloud's n8n nodes read it as "not found"].
    if (failure.code === "malformed_response" && isPlainObject(json) && !("id" in json)) {
      throw new GrokError("task_not_found", { ...READ, maybeSent: false, upstreamMessage: `No task ${id}.` });
    }
    throw failure;
  }

  async function retrieveTasks(ids: readonly string[]): Promise<TaskRecord[]> {
    const unique = [...new Set(ids)];
    const records: TaskRecord[] = [];
    for (let i = 0; i < unique.length; i += BATCH_MAX) {
      const json = await readTasks({ ids: unique.slice(i, i + BATCH_MAX), action: "retrieve_batch" });
      const items = Array.isArray(json) ? json : batchResponseSchema.safeParse(json).data?.items;
      if (!items) throw unexpectedSuccess(json, READ);
      // One unreadable item must not hold back the others; it is simply not observed this time.
      for (const item of items) {
        const record = taskRecordSchema.safeParse(item);
        if (record.success) records.push(record.data);
      }
    }
    return records;
  }

  async function listTasks(query: TaskListQuery): Promise<TaskListPage> {
    const json = await readTasks({
      action: "retrieve_batch",
      type: "videos",
      created_at_min: query.createdAtMin.getTime() / 1000,
      created_at_max: query.createdAtMax.getTime() / 1000,
      offset: query.offset,
      limit: query.limit,
    });
    const batch = Array.isArray(json)
      ? { items: json as unknown[] }
      : batchResponseSchema.safeParse(json).data;
    if (!batch) throw unexpectedSuccess(json, READ);
    const items = batch.items.flatMap((item) => {
      const record = taskRecordSchema.safeParse(item);
      return record.success ? [record.data] : [];
    });
    const total = "total" in batch ? batch.total : undefined;
    return { items, returned: batch.items.length, ...(total !== undefined ? { total } : {}) };
  }

  return { submitVideo, retrieveTask, retrieveTasks, listTasks };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
