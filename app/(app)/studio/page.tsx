import type { Metadata } from "next";
import { CreateDock } from "@/components/studio/create-dock";
import { Gallery } from "@/components/studio/gallery";
import { Queue } from "@/components/studio/queue";
import { requirePageContext } from "@/lib/auth/page-guard";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Studio" };

export default async function StudioPage() {
  const ctx = await requirePageContext();
  const members = await db.membership.findMany({
    where: { workspaceId: ctx.workspace.id },
    select: { user: { select: { id: true, name: true, email: true } } },
  });
  return (
    <div className="grid gap-6 pb-24 lg:grid-cols-[minmax(340px,400px)_1fr] lg:items-start lg:pb-0">
      <h1 className="sr-only">Studio</h1>
      <div>
        {ctx.role === "viewer" ? (
          <p className="rounded-2xl border border-border bg-card p-4 text-sm text-muted-foreground">
            You can watch this workspace&apos;s videos. Ask an admin for the member role to create.
          </p>
        ) : (
          <CreateDock />
        )}
      </div>
      <div className="grid min-w-0 gap-6">
        <Queue />
        <section aria-labelledby="gallery-title" className="grid gap-3">
          <h2 id="gallery-title" className="text-lg font-semibold">
            Videos in {ctx.workspace.name}
          </h2>
          <Gallery
            members={members.map((m) => ({ id: m.user.id, name: m.user.name ?? m.user.email }))}
            viewer={{ userId: ctx.user.id, role: ctx.role }}
          />
        </section>
      </div>
    </div>
  );
}
