import { db } from "@/lib/db/client";
import { requireUser, requireWorkspace } from "@/lib/auth/guard";
import { AppError, isAppError } from "@/lib/errors";
import { withJsonErrors } from "@/lib/http/json-errors";
import { findGenerationFile, readyFile } from "@/lib/generations/generation-file-urls";
import { FILE_URL_SECONDS } from "@/lib/queries/file-urls";
import { getStorage } from "@/lib/storage";
import { serveStoredFile } from "@/lib/storage/serve-file";
import { isRecordId } from "@/lib/validation/text";

const NOT_FOUND = "No such video, or you are not a member of its workspace.";

/**
 * The address a video plays from in the studio: it never lapses while the page is open, and each
 * request checks that the caller is still a member of the video's workspace before serving our
 * stored copy (or redirecting to a URL presigned for minutes). The video's own workspace is the one
 * asked about, so a card keeps playing after the caller switches workspaces in another tab.
 */
async function play(request: Request, { params }: RouteContext<"/api/generations/[id]/video">) {
  const { id } = await params;
  await requireUser();
  if (!isRecordId(id)) throw new AppError("not_found", NOT_FOUND);
  // One query for the membership check and the file: every byte range of a playing video asks.
  const found = await findGenerationFile(db, { id });
  if (!found) throw new AppError("not_found", NOT_FOUND);
  // A workspace the caller is not in answers the same as no video: ids are not confirmed to outsiders.
  await requireWorkspace("generations.read", found.workspaceId).catch((error) => {
    throw isAppError(error) && error.code === "not_found" ? new AppError("not_found", NOT_FOUND) : error;
  });
  const file = readyFile(found.file);
  if ("providerUrl" in file) return Response.redirect(file.providerUrl, 302);
  return serveStoredFile(request, getStorage(), file.storageKey, { expiresInSeconds: FILE_URL_SECONDS });
}

export const GET = withJsonErrors(play);
