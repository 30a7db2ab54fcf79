import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { requirePageContext } from "@/lib/auth/page-guard";
import { can, canRevokeShare, canTouchGeneration } from "@/lib/workspaces/permissions";
import { listShareLinks } from "@/lib/shares/list-share-links";
import { findGenerationWorkspace } from "@/lib/generations/find-generation-workspace";
import { getGenerationDetail } from "@/lib/generations/get-generation-detail";
import { signStorageUrl } from "@/lib/generations/wiring";
import { isRecordId } from "@/lib/validation/text";
import { getReview } from "@/lib/reviews/get-review";
import { parseMarker, videoPageAt } from "@/lib/reviews/time-marker";
import { CopyButton } from "@/components/generation/copy-button";
import { GenerationHistory, GenerationSettings } from "@/components/generation/generation-facts";
import { GenerationImages } from "@/components/generation/generation-images";
import { GenerationLineage } from "@/components/generation/generation-lineage";
import { GenerationLive } from "@/components/generation/generation-live";
import { shortPrompt } from "@/components/generation/format";
import { VideoPageNav } from "@/components/viewer/video-page-nav";
import { PlayerProvider } from "@/components/generation/player-context";
import { ReviewPanel } from "@/components/review/review-panel";
import { ReviewProvider } from "@/components/review/review-provider";
import { TimelineMarkers } from "@/components/review/timeline-markers";
import { VideoShareLinks } from "@/components/shares/video-share-links";

// One lookup per request, shared by the metadata and the page. `at` is the page's `?t=`.
const load = cache(async (id: string, at: number | null) => {
  const ctx = await requirePageContext();
  // An id that cannot be one (NUL, absurd length) is not found, without a query.
  if (!isRecordId(id)) notFound();
  const home = await findGenerationWorkspace(db, { userId: ctx.user.id, id });
  if (!home) notFound();
  // A teammate's link into another of this user's workspaces: open that workspace, then the video.
  if (home !== ctx.workspace.id) redirect(`/switch/${home}?next=${encodeURIComponent(videoPageAt(id, at))}`);
  try {
    return {
      ctx,
      g: await getGenerationDetail({ db, workspaceId: ctx.workspace.id, id, sign: signStorageUrl }),
    };
  } catch (error) {
    // Another workspace's id looks exactly like one that never existed.
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
});

export async function generateMetadata({ params, searchParams }: PageProps<"/g/[id]">): Promise<Metadata> {
  const { g } = await load((await params).id, parseMarker((await searchParams).t));
  return { title: shortPrompt(g.prompt, 60) };
}

export default async function GenerationPage({ params, searchParams }: PageProps<"/g/[id]">) {
  const startAt = parseMarker((await searchParams).t);
  const { ctx, g } = await load((await params).id, startAt);
  // A team reviews its videos together; a personal studio has nobody to review with, unless a
  // client did through a share link (guest comments, a verdict): then they are shown there too.
  const found = await getReview({ db, workspaceId: ctx.workspace.id, generationId: g.id });
  const review =
    !ctx.workspace.personal || found.comments.length || found.state.status !== "none" ? found : null;
  const allowed = {
    favorite: can(ctx.role, "generations.favorite"),
    remix: can(ctx.role, "generations.create"),
    delete: canTouchGeneration({ userId: ctx.user.id, role: ctx.role }, g.creator.id, "delete"),
    share: can(ctx.role, "shares.create"),
  };
  const viewer = { userId: ctx.user.id, role: ctx.role };
  const links = can(ctx.role, "shares.read")
    ? (await listShareLinks(db, { workspaceId: ctx.workspace.id, generationId: g.id })).map((l) => ({
        ...l,
        revocable: canRevokeShare(viewer, l.createdBy.id),
      }))
    : [];
  const page = (
    <article
      data-testid="generation-page"
      data-id={g.id}
      // A horizontal swipe is the page's (previous/next); vertical scrolling and zoom stay the browser's.
      className="grid touch-pan-y touch-pinch-zoom gap-6 pb-24 sm:pb-0 lg:grid-cols-[minmax(0,1fr)_minmax(300px,380px)] lg:items-start"
    >
      <h1 className="sr-only">Video: {shortPrompt(g.prompt)}</h1>
      <VideoPageNav id={g.id} />
      <GenerationLive
        initial={g}
        can={allowed}
        belowVideo={review ? <TimelineMarkers fallbackDuration={g.durationSec} /> : null}
      />
      <div className="grid gap-6">
        <section aria-labelledby="prompt-title" className="grid gap-2">
          <div className="flex items-center justify-between gap-2">
            <h2 id="prompt-title" className="text-sm font-semibold">
              Prompt
            </h2>
            <CopyButton text={g.prompt} label="Copy prompt" copied="Prompt copied" testId="copy-prompt" />
          </div>
          <p className="whitespace-pre-wrap break-words text-sm leading-relaxed" data-testid="prompt">
            {g.prompt}
          </p>
        </section>
        {review ? <ReviewPanel /> : null}
        <GenerationSettings g={g} />
        <GenerationImages g={g} />
        <GenerationLineage g={g} />
        <VideoShareLinks links={links} />
        <GenerationHistory g={g} canRetryCopy={allowed.delete} />
      </div>
    </article>
  );
  return (
    <PlayerProvider startAt={startAt}>
      {review ? (
        <ReviewProvider generationId={g.id} chapters={g.chapters} initial={review}>
          {page}
        </ReviewProvider>
      ) : (
        page
      )}
    </PlayerProvider>
  );
}
