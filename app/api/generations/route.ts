import { db } from "@/lib/db/client";
import { env } from "@/lib/config/env";
import { requireWorkspace } from "@/lib/auth/guard";
import { withJsonErrors } from "@/lib/http/json-errors";
import { expectedDurationMs, loadEtaTable } from "@/lib/generations/eta";
import { listGenerations, listQuerySchema } from "@/lib/generations/list-generations";
import { signVideoUrl } from "@/lib/generations/wiring";

export const GET = withJsonErrors(async (request: Request) => {
  const query = listQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { workspace } = await requireWorkspace("viewer");
  const page = await listGenerations(db, {
    workspaceId: workspace.id,
    query,
    signVideoUrl,
    cap: env().ACEDATA_MAX_IN_FLIGHT,
  });
  // The queue's ETA bars: learnt from this workspace's own finished generations.
  if (query.status === "active" && page.items.length > 0) {
    const table = await loadEtaTable({ db, workspaceId: workspace.id });
    const items = page.items.map((g) => ({ ...g, expectedMs: expectedDurationMs(table, g) }));
    return Response.json({ ...page, items }, { headers: { "Cache-Control": "private, no-store" } });
  }
  return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
});
