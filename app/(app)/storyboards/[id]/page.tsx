import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryboardEditor } from "@/components/storyboards/storyboard-editor";
import { requirePageContext } from "@/lib/auth/page-guard";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { signStorageUrl } from "@/lib/generations/wiring";
import { listCast } from "@/lib/characters/manage-cast";
import { castOptions } from "@/lib/characters/cast-options";
import { getStoryboard } from "@/lib/storyboards/get-storyboard";
import { isRecordId } from "@/lib/validation/text";
import { can } from "@/lib/workspaces/permissions";

export const metadata: Metadata = { title: "Storyboard" };

export default async function StoryboardPage({ params }: PageProps<"/storyboards/[id]">) {
  const ctx = await requirePageContext();
  const { id } = await params;
  if (!isRecordId(id)) notFound();
  const [board, cast] = await Promise.all([
    getStoryboard({ db, sign: signStorageUrl }, { id, workspaceId: ctx.workspace.id }).catch(
      (error: unknown) => {
        if (isAppError(error) && error.code === "not_found") notFound();
        throw error;
      },
    ),
    listCast({ db, workspaceId: ctx.workspace.id, sign: signStorageUrl }),
  ]);
  return (
    <StoryboardEditor initial={board} cast={castOptions(cast)} canEdit={can(ctx.role, "storyboards.edit")} />
  );
}
