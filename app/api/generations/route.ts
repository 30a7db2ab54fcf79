import { db } from "@/lib/db/client";
import { requireWorkspace } from "@/lib/auth/guard";
import { withJsonErrors } from "@/lib/http/json-errors";
import { listGenerations, listQuerySchema } from "@/lib/generations/list-generations";
import { signVideoUrl } from "@/lib/generations/runtime";

export const GET = withJsonErrors(async (request: Request) => {
  const query = listQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { workspace } = await requireWorkspace("viewer");
  const page = await listGenerations(db, { workspaceId: workspace.id, query, signVideoUrl });
  return Response.json(page, { headers: { "Cache-Control": "private, no-store" } });
});
