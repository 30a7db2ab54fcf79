"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { continueVideoAction } from "@/lib/actions/storyboard-actions";
import { callAction } from "./action-call";

/** "Continue this video" from a card: says what will happen, then makes the two-shot storyboard. */
export function ContinueVideo({ generationId, prompt }: { generationId: string; prompt: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <section
      className="grid gap-2 rounded-xl border border-primary/40 bg-primary/5 p-4"
      data-testid="continue-video"
    >
      <h2 className="font-semibold">Continue this video</h2>
      <p className="line-clamp-3 text-sm text-muted-foreground">{prompt}</p>
      <p className="text-sm">
        A storyboard of two shots: this video, then a new shot that starts from its very last frame.
      </p>
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
      <Button
        className="w-fit"
        disabled={pending}
        data-testid="continue-video-create"
        onClick={() =>
          startTransition(async () => {
            try {
              const { id } = await callAction(continueVideoAction, { generationId });
              router.push(`/storyboards/${id}`);
            } catch (e) {
              setError(e instanceof Error ? e.message : String(e));
            }
          })
        }
      >
        {pending ? "Making the storyboard…" : "Make the storyboard"}
      </Button>
    </section>
  );
}
