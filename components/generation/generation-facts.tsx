import type { ReactNode } from "react";
import { Avatar } from "@/components/ui/avatar";
import { getModel } from "@/lib/grok/catalog";
import type { GenerationDetail } from "@/lib/generations/get-generation-detail";
import { CopyButton } from "./copy-button";
import { CopyNowButton } from "./copy-now-button";
import { formatElapsed } from "./format";
import { LocalTime } from "./local-time";
import { NotSavedDetail } from "./not-saved";

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 items-baseline justify-between gap-4 py-2">
      <dt className="shrink-0 text-muted-foreground">{term}</dt>
      <dd className="min-w-0 text-right">{children}</dd>
    </div>
  );
}

export function GenerationSettings({ g }: { g: GenerationDetail }) {
  return (
    <section aria-labelledby="settings-title" className="grid gap-1">
      <h2 id="settings-title" className="text-sm font-semibold">
        Settings
      </h2>
      <dl className="divide-y divide-border text-sm" data-testid="generation-settings">
        <Fact term="Model">{getModel(g.model)?.label ?? g.model}</Fact>
        <Fact term="Aspect ratio">{g.aspectRatio}</Fact>
        <Fact term="Resolution">{g.resolution}</Fact>
        <Fact term="Duration">{g.durationSec} s</Fact>
      </dl>
    </section>
  );
}

export function GenerationHistory({ g, canRetryCopy }: { g: GenerationDetail; canRetryCopy: boolean }) {
  const took = g.finishedAt ? Date.parse(g.finishedAt) - Date.parse(g.createdAt) : null;
  return (
    <section aria-labelledby="history-title" className="grid gap-1">
      <h2 id="history-title" className="text-sm font-semibold">
        Details
      </h2>
      <dl className="divide-y divide-border text-sm">
        <Fact term="Created by">
          <span className="inline-flex items-center gap-1.5">
            <Avatar name={g.creator.name ?? "?"} seed={g.creator.id} className="size-5 text-[9px]" />
            <span data-testid="creator-name">{g.creator.name ?? "Someone"}</span>
          </span>
        </Fact>
        <Fact term="Created">
          <LocalTime iso={g.createdAt} />
        </Fact>
        {g.submittedAt ? (
          <Fact term="Sent to Grok">
            <LocalTime iso={g.submittedAt} />
          </Fact>
        ) : null}
        {g.finishedAt ? (
          <Fact term="Finished">
            <LocalTime iso={g.finishedAt} />
          </Fact>
        ) : null}
        {took !== null && took >= 0 ? <Fact term="Took">{formatElapsed(took)}</Fact> : null}
        {g.saved === "saving" || g.saved === "not_saved" ? (
          <Fact term="Saved copy">
            <NotSavedDetail
              saved={g.saved}
              mirrorError={g.mirrorError}
              copyRetry={g.copyRetry}
              tryNow={canRetryCopy ? <CopyNowButton id={g.id} /> : null}
            />
          </Fact>
        ) : null}
        {g.traceId ? (
          <Fact term="Trace id">
            <span className="flex items-center justify-end gap-2">
              <code data-testid="trace-id" className="break-all text-left font-mono text-xs">
                {g.traceId}
              </code>
              <CopyButton text={g.traceId} label="Copy trace id" copied="Trace id copied" iconOnly />
            </span>
          </Fact>
        ) : null}
      </dl>
    </section>
  );
}
