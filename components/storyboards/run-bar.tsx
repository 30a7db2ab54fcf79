"use client";

import { Play, RotateCcw, Square } from "lucide-react";
import { Button } from "@/components/ui/button";
import { runStoryboardAction, stopStoryboardAction } from "@/lib/actions/storyboard-actions";
import type { StoryboardDto } from "@/lib/storyboards/storyboard-dto";
import { useBoardAction } from "./use-board-action";

/** "Generate all" with what it will use, Stop while it runs, Resume after a stop, and why it stopped. */
export function RunBar({ board, canEdit }: { board: StoryboardDto; canEdit: boolean }) {
  const run = useBoardAction(board.id, runStoryboardAction, {
    success: ({ shots, seconds }) => `Generating ${shots} ${shots === 1 ? "shot" : "shots"} (${seconds} s).`,
  });
  const stop = useBoardAction(board.id, stopStoryboardAction);
  const { plan } = board;
  const uses = `${plan.shots} ${plan.shots === 1 ? "shot" : "shots"} · ${plan.seconds} s${plan.cost ? ` · ${plan.cost}` : ""}`;
  const stopped = board.runState === "stopped";

  return (
    <section
      aria-label="Run"
      className="grid min-w-0 grid-cols-1 gap-2 rounded-xl border border-border p-3"
      data-testid="run-bar"
    >
      <div className="flex flex-wrap items-center gap-3">
        {board.runState === "running" ? (
          <>
            <p className="text-sm" role="status" data-testid="run-state">
              Generating… shots that continue wait for the one before.
            </p>
            {canEdit && (
              <Button variant="outline" size="sm" onClick={() => stop.mutate({ storyboardId: board.id })}>
                <Square aria-hidden /> Stop
              </Button>
            )}
          </>
        ) : plan.shots > 0 ? (
          <>
            {canEdit && (
              <Button
                data-testid={stopped ? "resume-run" : "generate-all"}
                disabled={run.isPending}
                onClick={() => run.mutate({ storyboardId: board.id })}
              >
                {stopped ? <RotateCcw aria-hidden /> : <Play aria-hidden />}
                {stopped ? "Resume" : "Generate all"}
              </Button>
            )}
            <p className="text-sm text-muted-foreground" data-testid="run-plan">
              {stopped ? "Resume sends" : "Will use"}: {uses}
            </p>
          </>
        ) : (
          <p className="text-sm text-muted-foreground" data-testid="run-state">
            Every shot has a take.
          </p>
        )}
      </div>
      {board.runError && (
        <p role="alert" className="text-sm text-danger" data-testid="run-error">
          {board.runError}
        </p>
      )}
    </section>
  );
}
