import type { Metadata } from "next";
import { Sparkles } from "lucide-react";
import { requirePageContext } from "@/lib/auth/page-guard";

export const metadata: Metadata = { title: "Studio" };

export default async function StudioPage() {
  const ctx = await requirePageContext();
  return (
    <section aria-labelledby="studio-title" className="grid gap-6">
      <div>
        <h1 id="studio-title" className="text-2xl font-semibold tracking-tight">
          Studio
        </h1>
        <p className="text-sm text-muted-foreground">
          Everything made in <span className="font-medium text-foreground">{ctx.workspace.name}</span> lands
          here.
        </p>
      </div>
      <div className="grid place-items-center rounded-2xl border border-dashed border-border px-6 py-16 text-center">
        <Sparkles aria-hidden className="mb-3 size-8 text-primary" />
        <p className="font-medium">No videos yet</p>
        <p className="max-w-sm text-sm text-muted-foreground">
          Your generations and the team&apos;s will appear here.
        </p>
      </div>
    </section>
  );
}
