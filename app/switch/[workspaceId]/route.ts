import { db } from "@/lib/db/client";
import { currentSession } from "@/lib/auth/session";
import { withJsonErrors } from "@/lib/http/json-errors";
import { safePath } from "@/lib/validation/safe-path";
import { switchWorkspace } from "@/lib/workspaces/switch-workspace";

/**
 * Opens one of the caller's workspaces, then `next` (a teammate's link into a team the caller is
 * in but not working in). A workspace they are not in answers 404.
 */
export const GET = withJsonErrors(
  async (request: Request, { params }: RouteContext<"/switch/[workspaceId]">) => {
    const next = safePath(new URL(request.url).searchParams.get("next"));
    const session = await currentSession();
    const go = (path: string) => new Response(null, { status: 303, headers: { Location: path } });
    if (!session) return go(`/sign-in?callbackUrl=${encodeURIComponent(next)}`);
    await switchWorkspace(db, {
      userId: session.userId,
      workspaceId: (await params).workspaceId.slice(0, 64),
    });
    return go(next);
  },
);
