/**
 * A caller of the access matrix that calls the app's server actions and route handlers as
 * functions, the way Next.js does for a request: an action with the input a browser posts, a route
 * with a Request and its params. Only the session is faked (see next-request.ts).
 */
import path from "node:path";
import { NextRequest } from "next/server";
import { matchRoute } from "./endpoints";
import {
  answerOfRedirect,
  answerOfResponse,
  answerOfResult,
  identity,
  type Actor,
  type Answer,
  type Caller,
  type Row,
} from "./matrix";
import { inRequest, nextControlFlow, type Session } from "./next-request";
import type { World } from "./world";

export const APP_ORIGIN = "http://app.test";
/** A cookie that is no session, as the HTTP caller sends for anonymous: Auth.js's routes read it. */
const NOT_A_SESSION = "authjs.session-token=not-a-session";

type Handler = (...args: unknown[]) => Promise<unknown>;
const modules = new Map<string, Promise<Record<string, unknown>>>();

/** An action or route module of the app, by its path from the repository's root. */
export function loadModule(file: string): Promise<Record<string, unknown>> {
  let loaded = modules.get(file);
  if (!loaded) {
    loaded = import(/* @vite-ignore */ path.resolve(file)) as Promise<Record<string, unknown>>;
    modules.set(file, loaded);
  }
  return loaded;
}

async function handler(file: string, name: string): Promise<Handler> {
  const found = (await loadModule(file))[name];
  if (typeof found !== "function") throw new Error(`${file} exports no ${name}`);
  return found as Handler;
}

/** What Next answers for an error thrown out of an action or route that is not its own control flow. */
const serverError = (error: unknown): Answer => ({
  status: 500,
  ok: false,
  code: "error",
  raw: error instanceof Error ? (error.stack ?? error.message) : String(error),
});

export function inProcessCaller(world: World, actor: Actor, row: Row): Caller {
  const who = identity(world, actor);
  const user = Object.values(world.users).find((u) => u.id === who.userId);
  const session: Session | null = user ? { userId: user.id, email: user.email, name: user.name } : null;
  const cookie: Record<string, string> = session ? {} : { cookie: NOT_A_SESSION };
  const [file, name] = row.source.split("#") as [string, string];
  return {
    workspace: who.workspace,
    async action(input) {
      const action = await handler(file, name);
      const posted = who.workspace ? { ...input, workspaceId: who.workspace } : input;
      try {
        const result = await inRequest({ headers: { host: "app.test", ...cookie }, session }, () =>
          action(posted),
        );
        return answerOfResult(result);
      } catch (error) {
        const flow = nextControlFlow(error);
        if (!flow) return serverError(error);
        // Next answers an action's redirect with 303, whatever the redirect's own status.
        return flow.location
          ? answerOfRedirect(303, flow.location)
          : answerOfResponse(new Response(null, { status: flow.status }));
      }
    },
    async route(method, urlPath, init) {
      if (!row.source.endsWith(`#${method}`)) throw new Error(`${row.source} called with ${method}`);
      const url = new URL(urlPath, APP_ORIGIN);
      const params = matchRoute(file, url.pathname);
      if (!params) throw new Error(`${file} does not serve ${url.pathname}`);
      const route = await handler(file, method);
      const headers = new Headers({ host: "app.test", ...cookie });
      if (who.workspace) headers.set("x-workspace-id", who.workspace);
      if (init?.contentType) headers.set("content-type", init.contentType);
      const request = new NextRequest(url, { method, headers, body: init?.body });
      try {
        const response = (await inRequest({ headers: request.headers, session }, () =>
          route(request, { params: Promise.resolve(params) }),
        )) as Response;
        return answerOfResponse(response);
      } catch (error) {
        const flow = nextControlFlow(error);
        if (!flow) return serverError(error);
        const location = flow.location ? { location: flow.location } : undefined;
        return answerOfResponse(new Response(null, { status: flow.status, headers: location }));
      }
    },
  };
}
