import "server-only";
import { z } from "@/lib/validation/zod";
import { isAppError, type ActionResult } from "@/lib/errors";
import { requireUser, requireWorkspace, type GuardContext } from "@/lib/auth/guard";
import { isInvalidInputError } from "@/lib/db/errors";
import type { Permission } from "@/lib/workspaces/permissions";
import { addLogContext } from "@/lib/log/context";
import { log } from "@/lib/log/logger";
import { withActionLogContext } from "@/lib/log/request-context";
import { issueMessage, serverTranslator } from "@/lib/i18n/server-translator";

/** The workspace a client is showing, sent with every action so a switch in another tab never redirects it. */
const namedWorkspace = z.object({ workspaceId: z.string().trim().min(1).max(64).optional() });

export type WithWorkspace<T> = T & { workspaceId?: string };

/**
 * Every server action goes through here: parse the input with zod, check the session and that
 * the caller's role in the workspace has `permission` (the one permission table), then run the
 * domain call; failures come back as a typed result a form can show.
 */
export function workspaceAction<S extends z.ZodType, T>(
  schema: S,
  permission: Permission,
  run: (input: z.output<S>, ctx: GuardContext) => Promise<T>,
) {
  return async (raw: WithWorkspace<z.input<S>>): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(raw);
    const named = namedWorkspace.safeParse(raw);
    if (!parsed.success || !named.success)
      return badRequest([...(parsed.error?.issues ?? []), ...(named.error?.issues ?? [])]);
    return answer(async () => {
      const ctx = await requireWorkspace(permission, named.data.workspaceId ?? null);
      addLogContext({ workspaceId: ctx.workspace.id, userId: ctx.user.id });
      return run(parsed.data, ctx);
    });
  };
}

/** For what a signed-in user does outside any one workspace: create a team, switch, accept an invite. */
export function userAction<S extends z.ZodType, T>(
  schema: S,
  run: (input: z.output<S>, user: { id: string; email: string; name: string | null }) => Promise<T>,
) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return badRequest(parsed.error.issues);
    return answer(async () => {
      const session = await requireUser();
      addLogContext({ userId: session.userId });
      return run(parsed.data, { id: session.userId, email: session.email, name: session.name });
    });
  };
}

/** For what needs no session (a link's token is the proof): still parsed, still a typed result. */
export function publicAction<S extends z.ZodType, T>(schema: S, run: (input: z.output<S>) => Promise<T>) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return badRequest(parsed.error.issues);
    return answer(() => run(parsed.data));
  };
}

/** Each issue in the reader's language where its schema says it with a catalogue key. */
async function badRequest(issues: readonly z.core.$ZodIssue[]): Promise<ActionResult<never>> {
  const t = await serverTranslator();
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues)
    (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issueMessage(t, issue));
  const first = issues[0];
  return {
    ok: false,
    code: "bad_request",
    message: first ? issueMessage(t, first) : "Invalid input.",
    fieldErrors,
  };
}

async function answer<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  return withActionLogContext(() => settle(work));
}

async function settle<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    const data = await work();
    return { ok: true, data } as ActionResult<T>;
  } catch (error) {
    if (isAppError(error)) return { ok: false, code: error.code, message: error.message };
    // A value the database cannot store (a NUL, say) that no schema caught: the input's fault.
    if (isInvalidInputError(error))
      return {
        ok: false,
        code: "bad_request",
        message: "That input contains characters or values that cannot be stored.",
      };
    log.error({ event: "action.failed", err: error }, "action failed");
    return {
      ok: false,
      code: "internal",
      message: "Something went wrong on our side. Nothing was charged.",
    };
  }
}
