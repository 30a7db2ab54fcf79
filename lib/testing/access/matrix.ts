/**
 * The access matrix's vocabulary, shared by the in-process test (every row × every caller) and the
 * e2e spec (a few rows over HTTP): who calls, what a row needs, and what each caller must get.
 * Expectations come from the permission table, never written per role.
 */
import type { PrismaClient } from "@/lib/db/generated/client";
import { can, type Permission } from "@/lib/workspaces/permissions";
import type { World } from "./world";

export const ACTORS = [
  "anonymous",
  "stranger",
  "stranger naming the team",
  "viewer",
  "member",
  "admin",
  "owner",
] as const;
export type Actor = (typeof ACTORS)[number];
export type TeamRole = "viewer" | "member" | "admin" | "owner";

export type Access =
  | { kind: "permission"; permission: Permission; allowed?: (role: TeamRole) => boolean }
  /** `domain`: what every signed-in caller is still told (a confirmation typed wrong, say). */
  | { kind: "signed-in"; strangerMay: boolean; domain?: string }
  | { kind: "public"; why: string };

export interface Answer {
  status: number;
  /** An action's `{ok, code, message}`; a route's `{error: {code}}` mapped to the same shape. */
  ok: boolean;
  code: string | null;
  raw: string;
}

/** How a row reaches its endpoint: the in-process test calls the module, the e2e spec the server. */
export interface Caller {
  /** The workspace the call names (an action's `workspaceId`, a route's `x-workspace-id`). */
  workspace?: string;
  action(input: Record<string, unknown>): Promise<Answer>;
  route(method: string, urlPath: string, init?: { body?: BodyInit; contentType?: string }): Promise<Answer>;
}

export interface Row {
  /** `file#export` for actions, `file#METHOD` for routes: how rows are matched to the code. */
  source: string;
  label: string;
  access: Access;
  /** True when the call names something of the team (an id): a stranger must get 404 for it. */
  targetsTeam: boolean;
  /** What a permitted caller is still told by the domain (the last owner leaving, say). */
  domain?: Partial<Record<TeamRole, string>>;
  /** Settles the world before the call, when the call needs a state the default world lacks. */
  prepare?: (db: PrismaClient, world: World) => Promise<void>;
  call: (c: Caller, world: World) => Promise<Answer>;
}

/** What a role is expected to get: "ok", or the refusal's code. From the permission table. */
export function expected(row: Row, role: TeamRole): string {
  if (row.access.kind !== "permission") return "ok";
  const allowed = row.access.allowed ? row.access.allowed(role) : can(role, row.access.permission);
  if (!allowed) return "forbidden";
  return row.domain?.[role] ?? "ok";
}

/**
 * What `actor` must get from `row`: "ok", a refusal code, "public" (anything but a server error,
 * and nothing changed for anonymous), or "own" (a stranger acting in their own studio: anything,
 * but the team untouched).
 */
export function expectation(row: Row, actor: Actor): string {
  if (row.access.kind === "public") return "public";
  if (actor === "anonymous") return "unauthorized";
  if (actor === "stranger" || actor === "stranger naming the team") {
    if (row.access.kind === "signed-in")
      return row.access.strangerMay ? (row.access.domain ?? "ok") : "not_found";
    if (actor === "stranger naming the team" || row.targetsTeam) return "not_found";
    return "own";
  }
  return row.access.kind === "signed-in" ? (row.access.domain ?? "ok") : expected(row, actor);
}

export const outcome = (a: Answer) => (a.ok ? "ok" : (a.code ?? `status ${a.status}`));

/** The user a caller acts as, and the workspace it names (none: the caller's current one). */
export function identity(world: World, actor: Actor): { userId: string | null; workspace?: string } {
  if (actor === "anonymous") return { userId: null };
  if (actor === "stranger") return { userId: world.users.stranger.id };
  if (actor === "stranger naming the team")
    return { userId: world.users.stranger.id, workspace: world.teamId };
  return { userId: world.users[actor].id, workspace: world.teamId };
}

const CODE_OF_STATUS: Record<number, string> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
};

/** A route's answer as the matrix reads it: its error code, or a redirect to sign-in as "unauthorized". */
export async function answerOfResponse(response: Response): Promise<Answer> {
  const raw = await response.text();
  let code: string | null = null;
  if (response.status >= 400) {
    try {
      code =
        (JSON.parse(raw) as { error?: { code?: string } }).error?.code ??
        CODE_OF_STATUS[response.status] ??
        "error";
    } catch {
      code = CODE_OF_STATUS[response.status] ?? "error";
    }
  } else if (response.status >= 300) {
    code = /sign-in/.test(response.headers.get("location") ?? "") ? "unauthorized" : null;
  }
  return { status: response.status, ok: response.status < 400 && code === null, code, raw };
}

/** An action's answer: a typed result, else whatever a form action returns (a form state, nothing). */
export function answerOfResult(result: unknown): Answer {
  const raw = JSON.stringify(result) ?? "";
  const r = result as { ok?: unknown; code?: unknown } | null | undefined;
  if (r && typeof r.ok === "boolean")
    return { status: 200, ok: r.ok, code: r.ok ? null : typeof r.code === "string" ? r.code : null, raw };
  return { status: 200, ok: true, code: null, raw };
}

/** A redirect as an answer: to sign-in it is the refusal of someone without a session. */
export const answerOfRedirect = (status: number, location: string, raw = ""): Answer => ({
  status,
  ok: false,
  code: /sign-in/.test(location) ? "unauthorized" : "redirect",
  raw,
});
