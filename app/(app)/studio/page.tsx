import type { Metadata } from "next";
import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { cookies } from "next/headers";
import type { SearchParams } from "nuqs/server";
import { CreateDock } from "@/components/studio/create-dock";
import { Gallery } from "@/components/gallery/gallery";
import { Queue } from "@/components/studio/queue";
import { StudioPlayback } from "@/components/viewer/studio-playback";
import { requirePageContext } from "@/lib/auth/page-guard";
import { can } from "@/lib/workspaces/permissions";
import { db } from "@/lib/db/client";
import { env } from "@/lib/config/env";
import { listGenerations, listQuerySchema } from "@/lib/generations/list-generations";
import { signStorageUrl, signVideoUrl } from "@/lib/generations/wiring";
import { loadDraft } from "@/lib/drafts/load-draft";
import { listCast } from "@/lib/characters/manage-cast";
import { castOptions } from "@/lib/characters/cast-options";
import { loadGalleryFilters, toListParams } from "@/lib/queries/gallery-filters";
import { generationKeys, type ListParams } from "@/lib/queries/generation-keys";
import {
  ACTIVE_LIST,
  DISMISSED_FAILURES_COOKIE,
  failureNoticeKeys,
  parseDismissedFailures,
  recentFailuresList,
} from "@/lib/queries/studio-lists";

export const metadata: Metadata = { title: "Studio" };

export default async function StudioPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePageContext();
  // Everything on the first screen comes with the HTML: the gallery's first page (its posters are
  // the largest paint) and the queue above it, which would otherwise arrive after hydration and
  // push the gallery half a screen down.
  const params = toListParams(loadGalleryFilters(await searchParams));
  const mayCreate = can(ctx.role, "generations.create");
  // Filters the API would refuse are left to the gallery, which shows the API's message.
  const list = (listParams: ListParams) => {
    const query = listQuerySchema.safeParse(listParams);
    if (!query.success) return null;
    return listGenerations(db, {
      workspaceId: ctx.workspace.id,
      query: query.data,
      signVideoUrl,
      cap: env().ACEDATA_MAX_IN_FLIGHT,
    });
  };
  const failuresList = recentFailuresList(ctx.user.id);
  const [members, firstPage, active, failures, draft, cast] = await Promise.all([
    db.membership.findMany({
      where: { workspaceId: ctx.workspace.id },
      select: { user: { select: { id: true, name: true, email: true } } },
    }),
    list(params),
    list(ACTIVE_LIST),
    list(failuresList),
    // The create form opens with the caller's draft (another device's too), no flash of defaults.
    mayCreate
      ? loadDraft(db, { userId: ctx.user.id, workspaceId: ctx.workspace.id, sign: signStorageUrl })
      : null,
    // The cast offered after "@" in the prompt (a few rows; their pictures load when shown).
    mayCreate ? listCast({ db, workspaceId: ctx.workspace.id, sign: signStorageUrl }) : [],
  ]);
  const queryClient = new QueryClient();
  for (const [key, page] of [
    [params, firstPage],
    [ACTIVE_LIST, active],
    [failuresList, failures],
  ] as const)
    if (page) queryClient.setQueryData(generationKeys.list(key), { pages: [page], pageParams: [null] });
  const dismissed = (await cookies()).get(DISMISSED_FAILURES_COOKIE)?.value;
  queryClient.setQueryData(failureNoticeKeys.dismissed, parseDismissedFailures(dismissed));
  // Around the create panel too: it reads the dismissed failures, and a query it created first
  // would only be hydrated after the first render (TanStack hydrates existing queries in an effect).
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <div className="grid gap-6 pb-[calc(7rem+env(safe-area-inset-bottom))] lg:grid-cols-[minmax(340px,400px)_1fr] lg:items-start lg:pb-0">
        <h1 className="sr-only">Studio</h1>
        {/* Stays in view beside a long gallery; the panel inside scrolls on its own. */}
        {/* On a phone the panel is a sheet out of the flow: no empty grid row above the queue. */}
        <div className="max-lg:contents lg:sticky lg:top-20 lg:self-start">
          {!mayCreate ? (
            <p className="rounded-2xl border border-border bg-card p-4 text-sm text-muted-foreground">
              You can watch this workspace&apos;s videos. Ask an admin for the member role to create.
            </p>
          ) : (
            <CreateDock draft={draft} cast={castOptions(cast)} />
          )}
        </div>
        <div className="grid min-w-0 gap-4 lg:gap-6">
          <Queue />
          <section aria-labelledby="gallery-title" className="grid gap-3">
            <h2 id="gallery-title" className="text-lg font-semibold">
              Videos in {ctx.workspace.name}
            </h2>
            <Gallery members={members.map((m) => ({ id: m.user.id, name: m.user.name ?? m.user.email }))} />
            <StudioPlayback />
          </section>
        </div>
      </div>
    </HydrationBoundary>
  );
}
