import { AsyncLocalStorage } from "node:async_hooks";

/** What every log line written while handling one request or job carries. */
export interface LogContext {
  requestId?: string;
  route?: string;
  job?: string;
  workspaceId?: string;
  generationId?: string;
  userId?: string;
}

// One store per process, not per bundle: `next build` gives each bundle its own copy of this
// module (docs/build-notes.md, pitfall 6), and a context opened by an action's copy must be seen
// by the logger's copy in another bundle.
const KEY = Symbol.for("grok-video-studio.log-context");
const store: AsyncLocalStorage<LogContext> = ((globalThis as Record<symbol, unknown>)[KEY] ??=
  new AsyncLocalStorage<LogContext>()) as AsyncLocalStorage<LogContext>;

/** Runs `work` with `fields` added to every log line it writes (nested contexts add to outer ones). */
export function withLogContext<T>(fields: LogContext, work: () => T): T {
  return store.run({ ...store.getStore(), ...fields }, work);
}

/** Adds what became known part-way (the workspace after the guard) to the current context. */
export function addLogContext(fields: LogContext): void {
  const current = store.getStore();
  if (current) Object.assign(current, fields);
}

export function currentLogContext(): LogContext {
  return store.getStore() ?? {};
}
