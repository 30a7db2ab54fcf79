import { db } from "@/lib/db/client";
import { requireWorkspace } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { withJsonErrors } from "@/lib/http/json-errors";
import { generationDownloadUrl } from "@/lib/generations/generation-file-urls";
import { signStorageUrl } from "@/lib/generations/wiring";
import { isRecordId } from "@/lib/validation/text";

/**
 * A stable "Download" link for the gallery: signs a fresh attachment URL only when clicked, so
 * listing videos never signs two URLs each, and the file name comes from the prompt even when
 * the storage is on another origin (where the `download` attribute is ignored).
 */
export const GET = withJsonErrors(
  async (_request: Request, { params }: RouteContext<"/api/generations/[id]/download">) => {
    const { id } = await params;
    const { workspace } = await requireWorkspace("generations.download");
    // An id that cannot be one (NUL, absurd length) is simply not found, without a query.
    if (!isRecordId(id)) throw new AppError("not_found", "No such generation in this workspace.");
    const url = await generationDownloadUrl({ db, workspaceId: workspace.id, id, sign: signStorageUrl });
    return new Response(null, {
      status: 302,
      headers: { Location: url, "Cache-Control": "private, no-store" },
    });
  },
);
