import { db } from "@/lib/db/client";
import { requireWorkspace } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { withJsonErrors } from "@/lib/http/json-errors";
import { getGeneration } from "@/lib/generations/list-generations";
import { signVideoUrl } from "@/lib/generations/runtime";

export const GET = withJsonErrors(
  async (_request: Request, { params }: RouteContext<"/api/generations/[id]">) => {
    const { id } = await params;
    const { workspace } = await requireWorkspace("viewer");
    const generation = await getGeneration(db, { workspaceId: workspace.id, id, signVideoUrl });
    if (!generation) throw new AppError("not_found", "No such generation in this workspace.");
    return Response.json(generation, { headers: { "Cache-Control": "private, no-store" } });
  },
);
