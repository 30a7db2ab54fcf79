"use client";

import { useEffect, useEffectEvent, useRef } from "react";
import { toast } from "@/components/ui/toast";
import { saveDraftAction } from "@/lib/actions/draft-actions";
import { inWorkspace } from "@/hooks/request-workspace";
import type { DraftDto, DraftInput } from "@/lib/drafts/draft-schema";
import { localDraftKey, newerLocal, readLocalDraft, writeLocalDraft } from "@/lib/drafts/local-draft";

/** After the last keystroke, so typing is one save, not one per letter. */
const SAVE_DELAY_MS = 600;
const DROPPED_NOTICE =
  "An image in your draft was removed: uploads not used in a video are deleted after a day.";

export type DraftContent = Omit<DraftDto, "droppedImages" | "updatedAt">;

const toInput = (d: DraftContent): DraftInput => ({
  prompt: d.prompt,
  model: d.model,
  aspectRatio: d.aspectRatio,
  resolution: d.resolution,
  durationSec: d.durationSec,
  inputImageId: d.inputImage?.id ?? null,
  referenceImageIds: d.referenceImages.map((r) => r.id),
  remixedFromId: d.remix?.id ?? null,
});

/**
 * Keeps the create form's draft in two places: this browser's storage on every change (a crash
 * loses nothing, even offline) and the server, debounced (another device opens where this one
 * left off). On mount the newer of the two wins; a local copy that was newer is sent up, and the
 * server's answer refreshes its image links and drops images that no longer exist.
 */
export function useDraftSync(options: {
  owner: { userId: string; workspaceId: string };
  server: DraftDto | null;
  current: DraftContent;
  /** Fills the form from a draft (the local copy on mount). */
  apply: (draft: DraftDto) => void;
  /** Replaces the form's images with the server's view of them (fresh links, gone ones left out). */
  refreshImages: (draft: DraftDto, sent: DraftInput) => void;
}) {
  const key = localDraftKey(options.owner);
  const started = useRef(false);
  const pending = useRef<DraftInput | null>(null);
  const lastSent = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The first render after arriving shows the draft just loaded: nothing new to keep.
  const arriving = useRef(true);

  const send = useEffectEvent(async (input: DraftInput, refresh: boolean) => {
    const body = JSON.stringify(input);
    if (body === lastSent.current && !refresh) return;
    lastSent.current = body;
    const result = await saveDraftAction(inWorkspace(input)).catch(() => null);
    if (!result?.ok) {
      lastSent.current = null; // offline or refused: the local copy keeps it, the next change retries
      return;
    }
    if (refresh) {
      if (result.data.droppedImages > 0) toast.info(DROPPED_NOTICE);
      options.refreshImages(result.data, input);
    }
  });

  const flush = useEffectEvent(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const input = pending.current;
    pending.current = null;
    if (input) void send(input, false);
  });

  const start = useEffectEvent(() => {
    const local = newerLocal(options.server, readLocalDraft(localStorage, key));
    if (local) {
      options.apply(local);
      void send(toInput(local), true);
    } else if (options.server) {
      lastSent.current = JSON.stringify(toInput(options.server));
      if (options.server.droppedImages > 0) toast.info(DROPPED_NOTICE);
    }
    started.current = true;
  });

  // Once per owner, before the effect below: the page's draft is read on arrival.
  useEffect(() => start(), [key]);

  const serialized = JSON.stringify(options.current);
  useEffect(() => {
    if (!started.current) return;
    if (arriving.current) {
      arriving.current = false;
      return;
    }
    const content = JSON.parse(serialized) as DraftContent;
    writeLocalDraft(localStorage, key, { ...content, droppedImages: 0, updatedAt: new Date().toISOString() });
    pending.current = toInput(content);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, SAVE_DELAY_MS);
  }, [serialized, key]);

  // Leaving the studio (a card, the logo, another tab) sends what is still waiting.
  useEffect(() => {
    const onHide = () => document.visibilityState === "hidden" && flush();
    document.addEventListener("visibilitychange", onHide);
    return () => {
      document.removeEventListener("visibilitychange", onHide);
      flush();
    };
  }, []);
}
