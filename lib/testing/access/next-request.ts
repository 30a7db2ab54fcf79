/**
 * What Next.js gives a server action or route handler about its request, for calling them
 * in-process: `headers()` and `cookies()` over the request (with Next's own read-only and mutable
 * adapters), `after()` run once the call has answered, and the session the call is made with.
 * A test mocks `next/headers`, `next/server`'s `after` and `@/lib/auth/session` with these.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { HeadersAdapter } from "next/dist/server/web/spec-extension/adapters/headers";
import { MutableRequestCookiesAdapter } from "next/dist/server/web/spec-extension/adapters/request-cookies";
import { RequestCookies } from "next/dist/server/web/spec-extension/cookies";

export interface Session {
  userId: string;
  email: string;
  name: string | null;
}

interface RequestScope {
  headers: Headers;
  cookies: ReturnType<typeof MutableRequestCookiesAdapter.wrap>;
  session: Session | null;
  afterTasks: Array<() => unknown>;
}

const scope = new AsyncLocalStorage<RequestScope>();

function current(api: string): RequestScope {
  const store = scope.getStore();
  if (!store) throw new Error(`\`${api}\` was called outside a request scope`);
  return store;
}

/** The `next/headers` this scope stands for (what Next answers inside a request). */
export const nextHeaders = {
  headers: async () => HeadersAdapter.seal(current("headers").headers),
  cookies: async () => current("cookies").cookies,
};

/** `after()`: a task or promise finished once the call has answered, as Next does after the response. */
export function after(task: Promise<unknown> | (() => unknown)) {
  const tasks = current("after").afterTasks;
  tasks.push(typeof task === "function" ? task : () => task);
}

export const currentSession = async (): Promise<Session | null> => current("currentSession").session;

/**
 * Runs `work` as one request with these headers and this session, then its `after()` tasks, so
 * whatever they change is in the database before the caller looks.
 */
export async function inRequest<T>(
  request: { headers: HeadersInit; session: Session | null },
  work: () => Promise<T>,
): Promise<T> {
  const headers = new Headers(request.headers);
  const store: RequestScope = {
    headers,
    cookies: MutableRequestCookiesAdapter.wrap(new RequestCookies(headers)),
    session: request.session,
    afterTasks: [],
  };
  try {
    return await scope.run(store, work);
  } finally {
    await scope.run(store, async () => {
      // As in Next: a failing task is logged; the answer has already gone.
      for (const task of store.afterTasks)
        await Promise.resolve()
          .then(task)
          .catch((error: unknown) => console.error("[after]", error));
    });
  }
}

/** The redirect (or `notFound()`-style HTTP error) a Next.js API threw, as Next would answer it. */
export function nextControlFlow(error: unknown): { status: number; location: string } | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string") return null;
  const redirect = /^NEXT_REDIRECT;[^;]*;(.*);(\d{3});?$/.exec(digest);
  if (redirect) return { status: Number(redirect[2]), location: redirect[1]! };
  const fallback = /^NEXT_HTTP_ERROR_FALLBACK;(\d{3})$/.exec(digest);
  return fallback ? { status: Number(fallback[1]), location: "" } : null;
}
