import { db } from "@/lib/db/client";
import { requireWorkspace } from "@/lib/auth/guard";
import { withJsonErrors } from "@/lib/http/json-errors";
import { memberUsage } from "@/lib/usage/member-usage";

/** The signed-in member's video seconds this month and their cap in the current workspace. */
export const GET = withJsonErrors(async () => {
  const { user, workspace } = await requireWorkspace("usage.read.own");
  const usage = await memberUsage(db, { workspaceId: workspace.id, userId: user.id });
  return Response.json(usage, { headers: { "Cache-Control": "private, no-store" } });
});
