import { db } from "@/lib/db/client";
import { requireWorkspace } from "@/lib/auth/guard";
import { withJsonErrors } from "@/lib/http/json-errors";
import { getStorage } from "@/lib/storage";
import { readUploadedFile } from "@/lib/uploads/read-upload";
import { saveImageUpload } from "@/lib/uploads/save-upload";

export const POST = withJsonErrors(async (request: Request) => {
  const { user, workspace } = await requireWorkspace("uploads.create");
  const file = await readUploadedFile(request);
  const image = await saveImageUpload({
    db,
    storage: getStorage(),
    workspaceId: workspace.id,
    userId: user.id,
    file,
  });
  return Response.json(image, { status: 201, headers: { "Cache-Control": "no-store" } });
});
