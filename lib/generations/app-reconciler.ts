import "server-only";
import { db } from "@/lib/db/client";
import { reconcilePendingGenerations, type ReconcileDeps } from "./reconcile";
import { startReconcilerLoop } from "./reconciler-loop";
import { generationTimeoutMs, grokClient, instanceId, mirror } from "./runtime";

declare global {
  var __reconcilerStarted: boolean | undefined;
}

const owner = instanceId();
const appDeps = (): ReconcileDeps => ({
  db,
  grok: grokClient(),
  mirror,
  owner,
  timeoutMs: generationTimeoutMs(),
});

export function startAppReconciler() {
  if (globalThis.__reconcilerStarted) return; // dev hot reloads re-run instrumentation
  globalThis.__reconcilerStarted = true;
  startReconcilerLoop(appDeps);
}

/** One pass right now — after a callback, so a finished video is copied without waiting for the next tick. */
export async function reconcileNow() {
  try {
    await reconcilePendingGenerations(appDeps());
  } catch (error) {
    console.error("[reconciler]", error);
  }
}
