import { WORKSPACE_HEADER } from "@/lib/workspaces/workspace-header";

/**
 * The workspace the page on screen shows (one per page load), named in the header of every API
 * call the client makes so the server answers for that workspace or 404 — never another one.
 */
let current: string | null = null;

export function setRequestWorkspace(id: string) {
  current = id;
}

/** The header naming the current workspace (none before a page has set it). */
export const workspaceHeaders = (): Record<string, string> =>
  current ? { [WORKSPACE_HEADER]: current } : {};

/** fetch, naming the current workspace. */
export function workspaceFetch(input: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (current) headers.set(WORKSPACE_HEADER, current);
  return fetch(input, { ...init, headers });
}

/** An action's input, naming the current workspace (the server answers 404 if the caller left it). */
export const inWorkspace = <T extends object>(input: T): T & { workspaceId?: string } =>
  current ? { ...input, workspaceId: current } : input;
