import { db } from "@/lib/db/client";
import { requireWorkspace } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { withJsonErrors } from "@/lib/http/json-errors";
import { findGenerationFile, readyFile } from "@/lib/generations/generation-file-urls";
import { FILE_URL_SECONDS } from "@/lib/queries/file-urls";
import { getStorage } from "@/lib/storage";
import { serveStoredFile } from "@/lib/storage/serve-file";
import { isRecordId } from "@/lib/validation/text";

/**
 * A stable "Download" address for the gallery and the video page: our stored copy as an attachment
 * named after the prompt (streamed, or through a URL presigned for minutes when the storage is on
 * another origin, where the `download` attribute is ignored), else the provider's URL.
 */
export const GET = withJsonErrors(
  async (request: Request, { params }: RouteContext<"/api/generations/[id]/download">) => {
    const { id } = await params;
    const { workspace } = await requireWorkspace("generations.download");
    // An id that cannot be one (NUL, absurd length) is simply not found, without a query.
    if (!isRecordId(id)) throw new AppError("not_found", "No such generation in this workspace.");
    const found = await findGenerationFile(db, { id, workspaceId: workspace.id });
    if (!found) throw new AppError("not_found", "No such generation in this workspace.");
    const file = readyFile(found.file);
    if ("providerUrl" in file) return Response.redirect(file.providerUrl, 302);
    return serveStoredFile(request, getStorage(), file.storageKey, {
      expiresInSeconds: FILE_URL_SECONDS,
      downloadName: file.downloadName,
    });
  },
);
