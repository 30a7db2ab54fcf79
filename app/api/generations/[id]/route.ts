import { db } from "@/lib/db/client";
import { env } from "@/lib/config/env";
import { requireWorkspace } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { withJsonErrors } from "@/lib/http/json-errors";
import { getGeneration } from "@/lib/generations/list-generations";
import { loadGenerationImages } from "@/lib/generations/generation-images";
import { signStorageUrl, signVideoUrl } from "@/lib/generations/wiring";
import { isRecordId } from "@/lib/validation/text";

export const GET = withJsonErrors(
  async (request: Request, { params }: RouteContext<"/api/generations/[id]">) => {
    const { id } = await params;
    const { workspace } = await requireWorkspace("generations.read");
    // An id that cannot be one (NUL, absurd length) is simply not found, without a query.
    const generation = isRecordId(id)
      ? await getGeneration(db, {
          workspaceId: workspace.id,
          id,
          signVideoUrl,
          cap: env().ACEDATA_MAX_IN_FLIGHT,
        })
      : null;
    if (!generation) throw new AppError("not_found", "No such generation in this workspace.");
    // `?images=1`: with its input and reference images, for remixing.
    const images = new URL(request.url).searchParams.get("images")
      ? await loadGenerationImages(db, {
          workspaceId: workspace.id,
          inputImageId: generation.inputImageId,
          referenceImageIds: generation.referenceImageIds,
          sign: signStorageUrl,
        })
      : {};
    return Response.json({ ...generation, ...images }, { headers: { "Cache-Control": "private, no-store" } });
  },
);
