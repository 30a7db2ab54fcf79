import { db } from "@/lib/db/client";
import { env, isDemoMode } from "@/lib/config/env";
import { requireWorkspace } from "@/lib/auth/guard";
import { withJsonErrors } from "@/lib/http/json-errors";
import { etaKey } from "@/lib/generations/eta";
import { listGenerations, listQuerySchema } from "@/lib/generations/list-generations";
import { demoTaskMs, loadEtaEstimates } from "@/lib/generations/load-eta-estimates";
import { signVideoUrl } from "@/lib/generations/wiring";

export const GET = withJsonErrors(async (request: Request) => {
  const query = listQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { workspace } = await requireWorkspace("generations.read");
  const page = await listGenerations(db, {
    workspaceId: workspace.id,
    query,
    signVideoUrl,
    cap: env().ACEDATA_MAX_IN_FLIGHT,
  });
  // The queue's ETA: learnt from this workspace's own finished generations, one query per request.
  if (query.status === "active" && page.items.length > 0) {
    const estimates = await loadEtaEstimates(db, {
      workspaceId: workspace.id,
      items: page.items,
      demoTaskMs: isDemoMode() ? demoTaskMs() : undefined,
    });
    const items = page.items.map((g) => ({ ...g, eta: estimates.get(etaKey(g)) }));
    return Response.json({ ...page, items }, { headers: { "Cache-Control": "private, no-store" } });
  }
  return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
});
