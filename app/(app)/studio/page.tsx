import type { Metadata } from "next";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { SearchParams } from "nuqs/server";
import { CreateDock } from "@/components/studio/create-dock";
import { Gallery } from "@/components/studio/gallery";
import { Queue } from "@/components/studio/queue";
import { requirePageContext } from "@/lib/auth/page-guard";
import { db } from "@/lib/db/client";
import { env } from "@/lib/config/env";
import { listGenerations, listQuerySchema } from "@/lib/generations/list-generations";
import { signVideoUrl } from "@/lib/generations/wiring";
import { loadGalleryFilters, toListParams } from "@/lib/queries/gallery-filters";
import { generationKeys } from "@/lib/queries/generation-keys";

export const metadata: Metadata = { title: "Studio" };

export default async function StudioPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePageContext();
  // The gallery's first page comes with the HTML, so its posters (the largest paint) do not wait
  // for the JavaScript and a second round trip.
  const params = toListParams(loadGalleryFilters(await searchParams));
  const query = listQuerySchema.safeParse(params);
  const [members, firstPage] = await Promise.all([
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
  ]);
  const queryClient = new QueryClient();
  if (firstPage)
    queryClient.setQueryData(generationKeys.list(params), { pages: [firstPage], pageParams: [null] });
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
          <HydrationBoundary state={dehydrate(queryClient)}>
            <Gallery
              members={members.map((m) => ({ id: m.user.id, name: m.user.name ?? m.user.email }))}
              viewer={{ userId: ctx.user.id, role: ctx.role }}
            />
          </HydrationBoundary>
        </section>
      </div>
    </div>
  );
}
