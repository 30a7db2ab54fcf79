import "server-only";
import { z } from "zod";
import { isAppError, type ActionResult } from "@/lib/errors";
import { requireWorkspace, type GuardContext } from "@/lib/auth/guard";
import { isInvalidInputError } from "@/lib/db/errors";
import type { Role } from "@/lib/auth/roles";

/**
 * Every server action goes through here: parse the input with zod, check the session and the
 * workspace role, then run the domain call; failures come back as a typed result a form can show.
 */
export function workspaceAction<S extends z.ZodType, T>(
  schema: S,
  minimum: Role,
  run: (input: z.output<S>, ctx: GuardContext) => Promise<T>,
) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues)
        (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
      return {
        ok: false,
        code: "bad_request",
        message: parsed.error.issues[0]?.message ?? "Invalid input.",
        fieldErrors,
      };
    }
    try {
      const ctx = await requireWorkspace(minimum);
      const data = await run(parsed.data, ctx);
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
      console.error(error);
      return {
        ok: false,
        code: "internal",
        message: "Something went wrong on our side. Nothing was charged.",
      };
    }
  };
}
