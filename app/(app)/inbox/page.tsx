import type { Metadata } from "next";
import { requirePageContext } from "@/lib/auth/page-guard";
import { db } from "@/lib/db/client";
import { listInbox } from "@/lib/inbox/list-inbox";
import { InboxList } from "@/components/inbox/inbox-list";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage() {
  const ctx = await requirePageContext();
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <InboxList initial={await listInbox(db, ctx.user.id)} />
    </div>
  );
}
