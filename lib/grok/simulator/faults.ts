import { z } from "@/lib/validation/zod";
import { errorResponse, json } from "./http";

/**
 * Misbehaviours to inject, consumed in the order given. HTTP faults answer (or stall) the next
 * matching request instead of the simulator; task faults change what the next accepted submit's
 * task does, so they are only consumed by a valid submit.
 */
export const HTTP_FAULTS = [
  "rate_limited",
  "server_error",
  "gateway_timeout",
  "used_up",
  "forbidden",
  "invalid_token",
  "malformed_json",
  "missing_task_id",
  "hang",
  "bad_request",
] as const;
/** Task faults: the submit is accepted (a task exists), then its answer or the task goes wrong. */
export const TASK_FAULTS = [
  "accept_then_hang",
  "accept_then_malformed",
  "task_fails",
  "task_never_finishes",
] as const;
export const FAULT_KINDS = [...HTTP_FAULTS, ...TASK_FAULTS] as const;

export type HttpFaultKind = (typeof HTTP_FAULTS)[number];
export type TaskFaultKind = (typeof TASK_FAULTS)[number];
export type FaultKind = (typeof FAULT_KINDS)[number];

export const SIM_API_PATHS = ["/grok/videos", "/grok/tasks"] as const;
/** The provider's file host: a fault with this path answers its video downloads (a copy that fails). */
export const SIM_MEDIA_PATH = "/media";

export const faultSchema = z.object({
  kind: z.enum(FAULT_KINDS),
  times: z.number().int().min(1).default(1),
  /**
   * Only requests to this path consume the fault (default: either API path). With "/media" an HTTP
   * fault answers the file host's downloads instead; `times` large keeps it down until cleared.
   */
  path: z.enum([...SIM_API_PATHS, SIM_MEDIA_PATH]).optional(),
  /** For `rate_limited`: sends a Retry-After header. */
  retryAfterSec: z.number().min(0).optional(),
  /** For `task_fails`: the task's error (default: a moderation refusal). */
  error: z.object({ code: z.string(), message: z.string() }).optional(),
});
export type Fault = z.input<typeof faultSchema>;
type QueuedFault = z.output<typeof faultSchema>;

const isTaskFault = (kind: FaultKind): kind is TaskFaultKind =>
  (TASK_FAULTS as readonly string[]).includes(kind);

export function createFaultQueue() {
  const queue: QueuedFault[] = [];

  function take(matches: (fault: QueuedFault) => boolean): QueuedFault | undefined {
    const index = queue.findIndex(matches);
    const fault = queue[index];
    if (!fault) return undefined;
    if (--fault.times <= 0) queue.splice(index, 1);
    return { ...fault };
  }

  return {
    add: (fault: Fault) => void queue.push(faultSchema.parse(fault)),
    clear: () => void queue.splice(0),
    list: (): readonly QueuedFault[] => queue.map((f) => ({ ...f })),
    takeHttpFault: (path: string) =>
      take(
        (f) => !isTaskFault(f.kind) && (f.path === path || (f.path === undefined && path !== SIM_MEDIA_PATH)),
      ),
    takeTaskFault: () => take((f) => isTaskFault(f.kind) && f.path !== "/grok/tasks"),
  };
}
export type FaultQueue = ReturnType<typeof createFaultQueue>;

/** The answer an HTTP fault gives, or "hang" for one that never answers. */
export function faultResponse(fault: QueuedFault): Response | "hang" {
  switch (fault.kind as HttpFaultKind) {
    case "rate_limited":
      return errorResponse(429, "too_many_requests", "Too many requests, please try again later.", {
        ...(fault.retryAfterSec !== undefined ? { "retry-after": String(fault.retryAfterSec) } : {}),
      });
    case "server_error":
      return errorResponse(500, "api_error", "Internal server error.");
    case "gateway_timeout":
      return errorResponse(504, "timeout", "The upstream timed out.");
    case "used_up":
      return errorResponse(
        403,
        "used_up",
        "Your balance is not sufficient for current request, please buy more in Ace Data Cloud.",
      );
    case "forbidden":
      return errorResponse(403, "forbidden", "The content is not allowed by the content policy.");
    case "invalid_token":
      return errorResponse(401, "invalid_token", "The specified token is invalid or wrong.");
    case "malformed_json":
      return new Response('{"task_id": "', { status: 200, headers: { "content-type": "application/json" } });
    case "missing_task_id":
      return json({});
    case "hang":
      return "hang";
    case "bad_request":
      return errorResponse(400, "bad_request", "The request parameters are invalid.");
  }
}
