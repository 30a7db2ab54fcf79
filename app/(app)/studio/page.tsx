import type { Metadata } from "next";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { SearchParams } from "nuqs/server";
import { CreateDock } from "@/components/studio/create-dock";
import { Gallery } from "@/components/studio/gallery";
import { Queue } from "@/components/studio/queue";
import { StudioPlayback } from "@/components/viewer/studio-playback";
import { requirePageContext } from "@/lib/auth/page-guard";
import { can } from "@/lib/workspaces/permissions";
import { db } from "@/lib/db/client";
import { env } from "@/lib/config/env";
import { listGenerations, listQuerySchema } from "@/lib/generations/list-generations";
import { signStorageUrl, signVideoUrl } from "@/lib/generations/wiring";
import { loadDraft } from "@/lib/drafts/load-draft";
import { loadGalleryFilters, toListParams } from "@/lib/queries/gallery-filters";
import { generationKeys } from "@/lib/queries/generation-keys";

export const metadata: Metadata = { title: "Studio" };

export default async function StudioPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePageContext();
  // The gallery's first page comes with the HTML, so its posters (the largest paint) do not wait
  // for the JavaScript and a second round trip.
  const params = toListParams(loadGalleryFilters(await searchParams));
  const query = listQuerySchema.safeParse(params);
  const mayCreate = can(ctx.role, "generations.create");
  const [members, firstPage, draft] = await Promise.all([
    db.membership.findMany({
      where: { workspaceId: ctx.workspace.id },
      select: { user: { select: { id: true, name: true, email: true } } },
    }),
    // Filters the API would refuse are left to the gallery, which shows the API's message.
    query.success
      ? listGenerations(db, {
          workspaceId: ctx.workspace.id,
          query: query.data,
          signVideoUrl,
          cap: env().ACEDATA_MAX_IN_FLIGHT,
        })
      : null,
    // The create form opens with the caller's draft (another device's too), no flash of defaults.
    mayCreate
      ? loadDraft(db, { userId: ctx.user.id, workspaceId: ctx.workspace.id, sign: signStorageUrl })
      : null,
  ]);
  const queryClient = new QueryClient();
  if (firstPage)
    queryClient.setQueryData(generationKeys.list(params), { pages: [firstPage], pageParams: [null] });
  return (
    <div className="grid gap-6 pb-[calc(7rem+env(safe-area-inset-bottom))] lg:grid-cols-[minmax(340px,400px)_1fr] lg:items-start lg:pb-0">
      <h1 className="sr-only">Studio</h1>
      {/* Stays in view beside a long gallery; the panel inside scrolls on its own. */}
      <div className="lg:sticky lg:top-20 lg:self-start">
        {!mayCreate ? (
          <p className="rounded-2xl border border-border bg-card p-4 text-sm text-muted-foreground">
            You can watch this workspace&apos;s videos. Ask an admin for the member role to create.
          </p>
        ) : (
          <CreateDock draft={draft} />
        )}
      </div>
      <div className="grid min-w-0 gap-6">
        <Queue />
        <section aria-labelledby="gallery-title" className="grid gap-3">
          <h2 id="gallery-title" className="text-lg font-semibold">
            Videos in {ctx.workspace.name}
          </h2>
          <HydrationBoundary state={dehydrate(queryClient)}>
            <Gallery members={members.map((m) => ({ id: m.user.id, name: m.user.name ?? m.user.email }))} />
            <StudioPlayback />
          </HydrationBoundary>
        </section>
      </div>
    </div>
  );
}
