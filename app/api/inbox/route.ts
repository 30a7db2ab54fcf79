import { db } from "@/lib/db/client";
import { requireUser } from "@/lib/auth/guard";
import { withJsonErrors } from "@/lib/http/json-errors";
import { countUnread, listInbox } from "@/lib/inbox/list-inbox";

/**
 * The caller's inbox, from every workspace they are in: `?count` for the bell's number only
 * (asked every half minute by every open page, so it reads one index and nothing else).
 */
export const GET = withJsonErrors(async (request: Request) => {
  const { userId } = await requireUser();
  const headers = { "Cache-Control": "private, no-store" };
  if (new URL(request.url).searchParams.has("count"))
    return Response.json({ unread: await countUnread(db, userId) }, { headers });
  const [entries, unread] = await Promise.all([listInbox(db, userId), countUnread(db, userId)]);
  return Response.json({ entries, unread }, { headers });
});
