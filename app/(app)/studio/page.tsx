import type { Metadata } from "next";
import { CreatePanel } from "@/components/studio/create-panel";
import { GenerationFeed } from "@/components/studio/generation-feed";
import { requirePageContext } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Studio" };

export default async function StudioPage() {
  const ctx = await requirePageContext();
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(340px,400px)_1fr] lg:items-start">
      <div className="lg:sticky lg:top-20">
        <h1 className="sr-only">Studio</h1>
        {ctx.role === "viewer" ? (
          <p className="rounded-2xl border border-border bg-card p-4 text-sm text-muted-foreground">
            You can watch this workspace&apos;s videos. Ask an admin for the member role to create.
          </p>
        ) : (
          <CreatePanel />
        )}
      </div>
      <section aria-labelledby="feed-title" className="grid gap-3">
        <h2 id="feed-title" className="text-lg font-semibold">
          Videos in {ctx.workspace.name}
        </h2>
        <GenerationFeed />
      </section>
    </div>
  );
}
