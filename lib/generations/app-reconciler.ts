import "server-only";
import { db } from "@/lib/db/client";
import { appSendDeps } from "./app-send";
import { reconcilePendingGenerations, type ReconcileDeps } from "./reconcile";
import { startReconcilerLoop } from "./reconciler-loop";
import { generationTimeoutMs, grokClient, instanceId, mirror, submitTimeoutMs, taskGraceMs } from "./runtime";
import { sendGeneration } from "./send-generation";

declare global {
  var __reconcilerStarted: boolean | undefined;
}

const owner = instanceId();
/** The reconciler's dependencies in this deployment (the web server's loop and `npm run worker`). */
export const appReconcileDeps = (): ReconcileDeps => ({
  db,
  grok: grokClient(),
  send: (id) => sendGeneration(appSendDeps(), id),
  mirror,
  owner,
  timeoutMs: generationTimeoutMs(),
  submitTimeoutMs: submitTimeoutMs(),
  graceMs: taskGraceMs(),
});

export function startAppReconciler() {
  if (globalThis.__reconcilerStarted) return; // dev hot reloads re-run instrumentation
  globalThis.__reconcilerStarted = true;
  startReconcilerLoop(appReconcileDeps);
}

/** One pass right now — after a callback, so a finished video is copied without waiting for the next tick. */
export async function reconcileNow() {
  try {
    await reconcilePendingGenerations(appReconcileDeps());
  } catch (error) {
    console.error("[reconciler]", error);
  }
}
