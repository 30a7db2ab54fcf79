import type { Metadata } from "next";
import Link from "next/link";
import { Film } from "lucide-react";
import { CastPanel } from "@/components/storyboards/cast-panel";
import { ContinueVideo } from "@/components/storyboards/continue-video";
import { NewStoryboardForm } from "@/components/storyboards/new-storyboard-form";
import { requirePageContext } from "@/lib/auth/page-guard";
import { db } from "@/lib/db/client";
import { signStorageUrl } from "@/lib/generations/wiring";
import { listCast } from "@/lib/characters/manage-cast";
import { listStoryboards } from "@/lib/storyboards/get-storyboard";
import { isRecordId } from "@/lib/validation/text";
import { can } from "@/lib/workspaces/permissions";

export const metadata: Metadata = { title: "Storyboards" };

export default async function StoryboardsPage({ searchParams }: PageProps<"/storyboards">) {
  const ctx = await requirePageContext();
  const editor = can(ctx.role, "storyboards.edit");
  const continueId = [(await searchParams).continue].flat()[0];
  const [boards, cast, toContinue] = await Promise.all([
    listStoryboards({ db, sign: signStorageUrl }, ctx.workspace.id),
    listCast({ db, workspaceId: ctx.workspace.id, sign: signStorageUrl }),
    editor && continueId && isRecordId(continueId)
      ? db.generation.findFirst({
          where: { id: continueId, workspaceId: ctx.workspace.id, deletedAt: null },
          select: { id: true, prompt: true },
        })
      : null,
  ]);
  return (
    <div className="grid gap-6" data-testid="storyboards-page">
      <div>
        <h1 className="text-lg font-semibold">Storyboards</h1>
        <p className="text-sm text-muted-foreground">
          Shots that continue from each other&apos;s last frame, joined into one film.
        </p>
      </div>
      {toContinue && <ContinueVideo generationId={toContinue.id} prompt={toContinue.prompt} />}
      {editor && <NewStoryboardForm />}
      {boards.length === 0 ? (
        <p className="text-sm text-muted-foreground">No storyboards in {ctx.workspace.name} yet.</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Storyboards">
          {boards.map((b) => (
            <li key={b.id}>
              <Link
                href={`/storyboards/${b.id}`}
                className="flex gap-3 rounded-xl border border-border p-3 hover:bg-muted"
              >
                <div className="flex aspect-video w-28 shrink-0 items-center justify-center overflow-hidden rounded-lg bg-muted">
                  {b.posterUrl ? (
                    // eslint-disable-next-line @next/next/no-img-element -- a signed storage URL
                    <img
                      src={b.posterUrl}
                      alt=""
                      width={112}
                      height={63}
                      className="size-full object-cover"
                    />
                  ) : (
                    <Film aria-hidden className="size-6 text-muted-foreground" />
                  )}
                </div>
                <div className="min-w-0">
                  <p className="truncate font-medium">{b.title}</p>
                  <p className="text-sm text-muted-foreground">
                    {b.shots} {b.shots === 1 ? "shot" : "shots"}
                    {b.runState === "running"
                      ? " · generating"
                      : b.filmState === "ready"
                        ? " · film ready"
                        : ""}
                  </p>
                </div>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <CastPanel cast={cast} canEdit={editor} />
    </div>
  );
}
