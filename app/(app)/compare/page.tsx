import type { Metadata } from "next";
import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { ComparePlayer } from "@/components/compare/compare-player";
import { CompareProblem } from "@/components/compare/compare-problem";
import { requirePageContext } from "@/lib/auth/page-guard";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { compareParamSchema } from "@/lib/generations/compare-ids";
import { getGenerationsToCompare } from "@/lib/generations/get-generations-to-compare";
import { signVideoUrl } from "@/lib/generations/wiring";

export const metadata: Metadata = { title: "Compare videos" };

export default async function ComparePage({ searchParams }: PageProps<"/compare">) {
  const ctx = await requirePageContext();
  const ids = compareParamSchema.safeParse([(await searchParams).ids].flat()[0]);
  if (!ids.success) return <CompareProblem message={ids.error.issues[0]!.message} />;
  let items;
  try {
    items = await getGenerationsToCompare({
      db,
      workspaceId: ctx.workspace.id,
      ids: ids.data,
      sign: signVideoUrl,
    });
  } catch (error) {
    if (isAppError(error) && error.code !== "internal") return <CompareProblem message={error.message} />;
    throw error;
  }
  return (
    <div data-testid="compare-page" className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-lg font-semibold">Compare {items.length} videos</h1>
        <Link
          href="/studio"
          className="inline-flex min-h-11 items-center gap-1 text-sm text-muted-foreground hover:text-foreground sm:min-h-9"
        >
          <ArrowLeft aria-hidden className="size-4" /> Studio
        </Link>
      </div>
      <ComparePlayer items={items} />
    </div>
  );
}
