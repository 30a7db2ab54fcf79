import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { requireWorkspace } from "@/lib/auth/guard";
import { AppError } from "@/lib/errors";
import { withJsonErrors } from "@/lib/http/json-errors";
import { BULK_MAX, bulkTooMany } from "@/lib/generations/bulk-limits";
import { zipEntries } from "@/lib/generations/zip-entries";
import { zipStream } from "@/lib/generations/zip-stream";
import { getStorage } from "@/lib/storage";
import { isRecordId } from "@/lib/validation/text";

const query = z.object({
  ids: z
    .string({ message: "Which videos? Pass their ids as ids=a,b,c." })
    .max(BULK_MAX * 70)
    .transform((s) => s.split(",").filter(Boolean))
    .refine((ids) => ids.length > 0, "Select at least one video.")
    .refine((ids) => ids.length <= BULK_MAX, {
      error: (issue) => bulkTooMany((issue.input as string[]).length),
    }),
  // A plain link cannot send the x-workspace-id header, so it names its workspace here.
  workspaceId: z.string().trim().min(1).max(64).optional(),
});

/** "Download as zip" for a gallery selection: the ready, stored videos among them, streamed. */
export const GET = withJsonErrors(async (request: Request) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { ids, workspaceId } = query.parse(params);
  const { workspace } = await requireWorkspace("generations.download", workspaceId ?? null);
  // An id that cannot be one is simply not in this workspace, without a query.
  if (!ids.every(isRecordId))
    throw new AppError("not_found", "Some of these videos are not in this workspace.");
  const entries = await zipEntries({ db, workspaceId: workspace.id, ids });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(zipStream(getStorage(), entries), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="grok-videos-${day}-${entries.length}.zip"`,
      "Cache-Control": "private, no-store",
    },
  });
});
