import { db } from "@/lib/db/client";
import { requireWorkspace } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { withJsonErrors } from "@/lib/http/json-errors";
import { signStorageUrl } from "@/lib/generations/wiring";
import { getStoryboard } from "@/lib/storyboards/get-storyboard";
import { isRecordId } from "@/lib/validation/text";

/** The storyboard page's data, polled while a run or a film is under way. */
export const GET = withJsonErrors(
  async (_request: Request, { params }: RouteContext<"/api/storyboards/[id]">) => {
    const { id } = await params;
    const { workspace } = await requireWorkspace("storyboards.read");
    if (!isRecordId(id)) throw new AppError("not_found", "That storyboard is not in this workspace.");
    const board = await getStoryboard({ db, sign: signStorageUrl }, { id, workspaceId: workspace.id });
    return Response.json(board, { headers: { "Cache-Control": "private, no-store" } });
  },
);
