import "server-only";
import { headers } from "next/headers";
import { withLogContext, type LogContext } from "./context";
import { requestIdFrom } from "./request-id";

/**
 * Runs a server action with its request's id and path in every log line (the proxy sets both
 * headers on every page request, and actions post to pages).
 */
export async function withActionLogContext<T>(work: () => Promise<T>): Promise<T> {
  let known: LogContext = {};
  try {
    const h = await headers();
    known = { requestId: h.get("x-request-id") ?? undefined, route: h.get("x-studio-path") ?? undefined };
  } catch {
    // Called outside a request (a script, a test calling the action directly): nothing to name.
  }
  return withLogContext(
    { requestId: requestIdFrom(known.requestId), ...(known.route && { route: known.route }) },
    work,
  );
}

/**
 * The same for a route handler, from the request itself: routes with a body (uploads, callbacks)
 * never pass through the proxy, so they may have no id yet and get a fresh one here.
 */
export function withRouteLogContext<T>(request: Request | undefined, work: () => Promise<T>): Promise<T> {
  return withLogContext(
    {
      requestId: requestIdFrom(request?.headers.get("x-request-id")),
      ...(request && { route: new URL(request.url).pathname }),
    },
    work,
  );
}
