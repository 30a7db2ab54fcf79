import "server-only";
import { z } from "@/lib/validation/zod";
import { appErrorStatus, isAppError } from "@/lib/errors";
import { isInvalidInputError } from "@/lib/db/errors";
import { log } from "@/lib/log/logger";
import { withRouteLogContext } from "@/lib/log/request-context";

export const INVALID_INPUT_MESSAGE = "The request contains characters or values that cannot be stored.";

/**
 * Route handlers answer failures as `{error: {code, message}}` with a fitting status, never a stack.
 * Errors are told apart by their `code`, never `instanceof`: a class exists in several copies
 * across `next build`'s bundles (docs/build-notes.md, pitfall 6).
 */
export function errorResponse(error: unknown): Response {
  if (isAppError(error)) {
    return Response.json(
      { error: { code: error.code, message: error.message } },
      { status: appErrorStatus(error.code) },
    );
  }
  // zod 4's `instanceof` checks the error's own trait set, not class identity, so it holds across bundles.
  if (error instanceof z.ZodError) {
    const message = error.issues
      .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
      .join("; ");
    return Response.json({ error: { code: "bad_request", message } }, { status: 400 });
  }
  if (isInvalidInputError(error)) {
    return Response.json({ error: { code: "bad_request", message: INVALID_INPUT_MESSAGE } }, { status: 400 });
  }
  log.error({ event: "route.failed", err: error }, "route failed");
  return Response.json(
    { error: { code: "internal", message: "Something went wrong on our side." } },
    { status: 500 },
  );
}

export function withJsonErrors<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    const request = args[0] instanceof Request ? args[0] : undefined;
    return withRouteLogContext(request, async () => {
      try {
        return await handler(...args);
      } catch (error) {
        return errorResponse(error);
      }
    });
  };
}
