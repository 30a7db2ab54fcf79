/** Typed failures that cross from the domain to actions and route handlers. */
export type AppErrorCode =
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "bad_request"
  | "conflict"
  | "too_large"
  | "rate_limited"
  | "upstream_error"
  | "internal";

const httpStatus: Record<AppErrorCode, number> = {
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  bad_request: 400,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  upstream_error: 502,
  internal: 500,
};

const APP_ERROR = "AppError";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = APP_ERROR;
  }

  get status(): number {
    return httpStatus[this.code];
  }
}

/**
 * Recognises an AppError by its name and code, not by `instanceof`: `next build` bundles routes,
 * actions and the instrumentation hook separately, and an error made by one bundle's copy of the
 * class is not an instance of another's (docs/build-notes.md, pitfall 6).
 */
export function isAppError(error: unknown): error is Pick<AppError, "code" | "message" | "details"> {
  if (typeof error !== "object" || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === APP_ERROR && typeof code === "string" && Object.hasOwn(httpStatus, code);
}

export const appErrorStatus = (code: AppErrorCode) => httpStatus[code];

export type ActionResult<T = undefined> =
  | ({ ok: true } & (T extends undefined ? object : { data: T }))
  | { ok: false; code: AppErrorCode; message: string; fieldErrors?: Record<string, string[]> };
