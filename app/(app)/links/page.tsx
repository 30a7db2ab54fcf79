import type { Metadata } from "next";
import { requirePageContext } from "@/lib/auth/page-guard";
import { db } from "@/lib/db/client";
import { listShareLinks } from "@/lib/shares/list-share-links";
import { can, canRevokeShare } from "@/lib/workspaces/permissions";
import { ShareLinkList } from "@/components/shares/share-link-list";

export const metadata: Metadata = { title: "Share links" };

/**
 * Every live share link of the workspace: what it shows, who made it, its views; Revoke. Admins
 * also see the links that stopped when their maker left the team, to make any of them again.
 */
export default async function LinksPage() {
  const ctx = await requirePageContext("shares.read");
  const viewer = { userId: ctx.user.id, role: ctx.role };
  const admin = can(ctx.role, "shares.revoke.any");
  const [live, stoppedWithMaker] = await Promise.all([
    listShareLinks(db, { workspaceId: ctx.workspace.id }),
    admin ? listShareLinks(db, { workspaceId: ctx.workspace.id, stoppedWithMaker: true }) : [],
  ]);
  const links = live.map((l) => ({ ...l, revocable: canRevokeShare(viewer, l.createdBy.id) }));
  const stopped = stoppedWithMaker.map((l) => ({ ...l, revocable: admin }));
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <header className="grid gap-1">
        <h1 className="text-2xl font-semibold">Share links in {ctx.workspace.name}</h1>
        <p className="text-sm text-muted-foreground">
          Links that still open, newest first. A link&apos;s address is shown only when it is made; revoke one
          and its page and video stop at once.
        </p>
      </header>
      {links.length === 0 ? (
        <p
          className="rounded-2xl border border-dashed border-border p-6 text-center text-sm text-muted-foreground"
          data-testid="no-share-links"
        >
          No live share links. Use “Share link…” on a video, or select several and share them as a reel.
        </p>
      ) : (
        <ShareLinkList links={links} showVideos />
      )}
      {stopped.length > 0 ? (
        <section className="grid gap-2" aria-labelledby="stopped-links" data-testid="stopped-share-links">
          <h2 id="stopped-links" className="text-lg font-semibold">
            Stopped when their maker left
          </h2>
          <p className="text-sm text-muted-foreground">
            These links stopped opening when the person who made them left the team. Make a new link to keep
            sharing the same videos, with the same password and options; the old address stays closed.
          </p>
          <ShareLinkList links={stopped} showVideos stopped />
        </section>
      ) : null}
    </div>
  );
}
