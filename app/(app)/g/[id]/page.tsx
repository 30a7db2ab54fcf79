import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { hasRole } from "@/lib/auth/roles";
import { requirePageContext } from "@/lib/auth/page-guard";
import { canDeleteGeneration } from "@/lib/generations/can-delete-generation";
import { getGenerationDetail } from "@/lib/generations/get-generation-detail";
import { signStorageUrl } from "@/lib/generations/wiring";
import { isRecordId } from "@/lib/validation/text";
import { CopyButton } from "@/components/generation/copy-button";
import { GenerationHistory, GenerationSettings } from "@/components/generation/generation-facts";
import { GenerationImages } from "@/components/generation/generation-images";
import { GenerationLineage } from "@/components/generation/generation-lineage";
import { GenerationLive } from "@/components/generation/generation-live";
import { shortPrompt } from "@/components/generation/format";

// One lookup per request, shared by the metadata and the page.
const load = cache(async (id: string) => {
  const ctx = await requirePageContext();
  // An id that cannot be one (NUL, absurd length) is not found, without a query.
  if (!isRecordId(id)) notFound();
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

export async function generateMetadata({ params }: PageProps<"/g/[id]">): Promise<Metadata> {
  const { g } = await load((await params).id);
  return { title: shortPrompt(g.prompt, 60) };
}

export default async function GenerationPage({ params }: PageProps<"/g/[id]">) {
  const { ctx, g } = await load((await params).id);
  const member = hasRole(ctx.role, "member");
  const can = {
    favorite: member,
    remix: member,
    delete: canDeleteGeneration({ userId: ctx.user.id, role: ctx.role }, g.creator.id),
  };
  return (
    <article
      data-testid="generation-page"
      data-id={g.id}
      className="grid gap-6 pb-24 sm:pb-0 lg:grid-cols-[minmax(0,1fr)_minmax(300px,380px)] lg:items-start"
    >
      <h1 className="sr-only">Video: {shortPrompt(g.prompt)}</h1>
      <GenerationLive initial={g} downloadUrl={g.downloadUrl} can={can} />
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
        <GenerationSettings g={g} />
        <GenerationImages g={g} />
        <GenerationLineage g={g} />
        <GenerationHistory g={g} />
      </div>
    </article>
  );
}
