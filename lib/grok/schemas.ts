import { z } from "@/lib/validation/zod";
import { GrokError } from "./errors";

/**
 * The upstream's answers (docs/upstream-api.md §1–§4). Every object is loose: the upstream adds fields
 * without notice, and an extra field must never turn a finished video into an error.
 */
const optionalString = z.string().optional().catch(undefined);
const optionalSeconds = z.number().finite().optional().catch(undefined);

export const submitResponseSchema = z.looseObject({
  task_id: z.string().min(1),
  trace_id: optionalString,
  success: z.boolean().optional().catch(undefined),
});

export const videoItemSchema = z.looseObject({
  id: optionalString,
  video_url: optionalString,
  state: optionalString,
});

const upstreamErrorSchema = z.looseObject({ code: optionalString, message: optionalString });

export const taskResponseSchema = z.looseObject({
  success: z.boolean().optional().catch(undefined),
  task_id: optionalString,
  trace_id: optionalString,
  data: z.array(videoItemSchema).optional().catch(undefined),
  error: upstreamErrorSchema.optional().catch(undefined),
});

export const taskRecordSchema = z.looseObject({
  id: z.string().min(1),
  type: optionalString,
  // Documented, yet absent from their own retrieve example: tolerated when missing.
  created_at: optionalSeconds,
  started_at: optionalSeconds,
  finished_at: optionalSeconds,
  elapsed: optionalSeconds,
  trace_id: optionalString,
  request: z.looseObject({}).optional().catch(undefined),
  // Anything but an envelope (null while running, say) reads as "no answer yet".
  response: taskResponseSchema.optional().catch(undefined),
});
export type TaskRecord = z.output<typeof taskRecordSchema>;

export const batchResponseSchema = z.looseObject({
  items: z.array(z.unknown()),
  count: z.number().optional().catch(undefined),
  // [client] Their web client's time-window listing also reports the number of matches.
  total: z.number().optional().catch(undefined),
});

export const errorBodySchema = z.looseObject({
  error: upstreamErrorSchema,
  trace_id: optionalString,
});

export type TaskStatus = "pending" | "running" | "succeeded" | "failed";

export interface InterpretedTask {
  taskId: string;
  status: TaskStatus;
  videoUrl?: string;
  errorCode?: string;
  errorMessage?: string;
  traceId?: string;
  startedAt?: Date;
  finishedAt?: Date;
}

const DEFAULT_FAILURE = "The video could not be generated.";

/**
 * Reads a task record the way their own web client does (Nexior `Preview.vue`): no response yet
 * means still working; `success` decides the outcome; the video is `data[0].video_url`.
 */
export function interpretTask(record: TaskRecord): InterpretedTask {
  const response = record.response;
  const base: InterpretedTask = {
    taskId: record.id,
    status: record.started_at === undefined ? "pending" : "running",
    traceId: response?.trace_id ?? record.trace_id,
    startedAt: toDate(record.started_at),
    finishedAt: toDate(record.finished_at),
  };
  if (!response) return prune(base);
  return prune({ ...base, ...readEnvelope(response, base.status) });
}

type Outcome = Pick<InterpretedTask, "status" | "videoUrl" | "errorCode" | "errorMessage">;

function readEnvelope(response: z.output<typeof taskResponseSchema>, unfinished: TaskStatus): Outcome {
  const items = response.data ?? [];
  const failedItem = items.find((item) => item.state === "failed");
  if (response.success === false || failedItem) {
    return {
      status: "failed",
      errorCode: response.error?.code ?? "failed",
      errorMessage: response.error?.message ?? DEFAULT_FAILURE,
    };
  }
  const videoUrl = items.find((item) => item.video_url)?.video_url;
  if (videoUrl && (response.success === true || items[0]?.state === "succeeded")) {
    return { status: "succeeded", videoUrl };
  }
  // A snapshot of work in progress (their NDJSON stream has these) is not an outcome yet.
  const state = items[0]?.state;
  if (state === "pending" || state === "processing")
    return { status: state === "pending" ? "pending" : "running" };
  if (response.success === undefined) return { status: unfinished };
  return {
    status: "failed",
    errorCode: "malformed_response",
    errorMessage: "The provider reported success but sent no video.",
  };
}

/** The callback's body (§3) is the synchronous envelope; it is only a hint to re-read the task. */
export function interpretCallback(body: unknown): InterpretedTask {
  const parsed = taskResponseSchema.safeParse(body);
  const taskId = parsed.success ? parsed.data.task_id : undefined;
  if (!parsed.success || !taskId) {
    throw new GrokError("malformed_response", {
      maybeSent: false,
      idempotent: true,
      upstreamMessage: "The callback carried no task id.",
    });
  }
  return interpretTask({ id: taskId, trace_id: parsed.data.trace_id, response: parsed.data });
}

const toDate = (seconds: number | undefined) =>
  seconds === undefined ? undefined : new Date(seconds * 1000);

function prune(task: InterpretedTask): InterpretedTask {
  return Object.fromEntries(
    Object.entries(task).filter(([, v]) => v !== undefined),
  ) as unknown as InterpretedTask;
}
