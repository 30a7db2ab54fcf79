import { db } from "@/lib/db/client";
import { requireUser } from "@/lib/auth/guard";
import { exportEntries } from "@/lib/account/export-videos";
import { withJsonErrors } from "@/lib/http/json-errors";
import { zipStream } from "@/lib/generations/zip-stream";
import { getStorage } from "@/lib/storage";

/** "Download my videos" (Settings → Account): every video one made, with a JSON of prompts and settings. */
export const GET = withJsonErrors(async () => {
  const { userId } = await requireUser();
  const entries = await exportEntries(db, userId);
  const day = new Date().toISOString().slice(0, 10);
  return new Response(zipStream(getStorage(), entries), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="my-grok-videos-${day}.zip"`,
      "Cache-Control": "private, no-store",
    },
  });
});
