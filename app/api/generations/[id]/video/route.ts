import { db } from "@/lib/db/client";
import { requireUser, requireWorkspace } from "@/lib/auth/guard";
import { AppError, isAppError } from "@/lib/errors";
import { withJsonErrors } from "@/lib/http/json-errors";
import { generationPlayUrl } from "@/lib/generations/generation-file-urls";
import { signStorageUrl } from "@/lib/generations/wiring";
import { isRecordId } from "@/lib/validation/text";

const NOT_FOUND = "No such video, or you are not a member of its workspace.";

/**
 * The address a video plays from in the studio: it never lapses while the page is open, and each
 * request checks that the caller is still a member of the video's workspace before redirecting to
 * a storage URL signed for minutes. The video's own workspace is the one asked about, so a card
 * keeps playing after the caller switches workspaces in another tab.
 */
export const GET = withJsonErrors(
  async (_request: Request, { params }: RouteContext<"/api/generations/[id]/video">) => {
    const { id } = await params;
    await requireUser();
    if (!isRecordId(id)) throw new AppError("not_found", NOT_FOUND);
    const owner = await db.generation.findFirst({
      where: { id, deletedAt: null },
      select: { workspaceId: true },
    });
    if (!owner) throw new AppError("not_found", NOT_FOUND);
    // A workspace the caller is not in answers the same as no video: ids are not confirmed to outsiders.
    const { workspace } = await requireWorkspace("generations.read", owner.workspaceId).catch((error) => {
      throw isAppError(error) && error.code === "not_found" ? new AppError("not_found", NOT_FOUND) : error;
    });
    const url = await generationPlayUrl({ db, workspaceId: workspace.id, id, sign: signStorageUrl });
    return new Response(null, {
      status: 302,
      headers: { Location: url, "Cache-Control": "private, no-store" },
    });
  },
);
