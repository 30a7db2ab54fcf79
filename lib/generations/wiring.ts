import "server-only";
import { db } from "@/lib/db/client";
import { env, isDemoMode } from "@/lib/config/env";
import { selfUrl } from "@/lib/config/self-url";
import { createGrokClient, type GrokClient } from "@/lib/grok/client";
import type { Jobs } from "@/lib/jobs/enqueue";
import { getStorage } from "@/lib/storage";
import { imageUrlResolver, uploadAvailability } from "@/lib/uploads/wiring";
import type { PollDeps } from "./poll-generations";
import { demoToken } from "./demo-token";
import type { DispatchDeps } from "./dispatch-generations";
import { providerEstimate } from "./eta";
import { demoTaskMs } from "./load-eta-estimates";
import { mediaPolicy } from "./media-policy";
import { callbackWaitMs } from "./next-poll";
import type { MirrorGenerationDeps } from "./mirror-generation";
import type { SubmitDeps } from "./submit-generation";
import { FILE_URL_SECONDS } from "@/lib/queries/file-urls";

/**
 * Wires the lifecycle to this deployment: the real upstream or, in demo mode, the simulator
 * mounted inside this very app; our storage; the media hosts videos may be copied from; the
 * limits and timeouts from the environment.
 */

declare global {
  var __grokClient: GrokClient | undefined;
}

export const submitTimeoutMs = () => env().ACEDATA_SUBMIT_TIMEOUT_SECONDS * 1000;
export const taskGraceMs = () => env().TASK_GRACE_SECONDS * 1000;
export const generationTimeoutMs = () => env().GENERATION_TIMEOUT_MINUTES * 60_000;

/**
 * One client per process, kept on `globalThis` — so it may have been made by another bundle of
 * the production build: nothing may test its errors with `instanceof` (see isGrokError).
 */
export function grokClient(): GrokClient {
  globalThis.__grokClient ??= isDemoMode()
    ? createGrokClient({
        baseUrl: `${selfUrl()}/api/simulator`,
        token: demoToken(),
        submitTimeoutMs: submitTimeoutMs(),
      })
    : createGrokClient({
        baseUrl: env().ACEDATA_BASE_URL,
        token: env().ACEDATA_API_TOKEN!,
        submitTimeoutMs: submitTimeoutMs(),
      });
  return globalThis.__grokClient;
}

/** Callbacks need a URL the upstream can reach: APP_URL, or in demo mode this server itself. */
export const callbackBaseUrl = (): string | undefined =>
  env().APP_URL ?? (isDemoMode() ? selfUrl() : undefined);

export type LifecycleDeps = SubmitDeps & DispatchDeps & PollDeps & MirrorGenerationDeps;

/** Everything the lifecycle's verbs need in this deployment (submit, dispatch, check, mirror). */
export const lifecycleDeps = (jobs?: Jobs): LifecycleDeps => ({
  db,
  grok: grokClient(),
  jobs,
  appUrl: callbackBaseUrl(),
  callbackWaitMs: expectedCallbackWaitMs(),
  resolveImageUrls: (workspaceId, ids) => imageUrlResolver(workspaceId)(ids),
  imageAvailability: uploadAvailability,
  cap: env().ACEDATA_MAX_IN_FLIGHT,
  submitTimeoutMs: submitTimeoutMs(),
  timeoutMs: generationTimeoutMs(),
  graceMs: taskGraceMs(),
  storage: getStorage(),
  policy: mediaPolicy(),
});

/**
 * How long a task waits for its callback before the first poll: CALLBACK_WAIT_SECONDS, else the
 * provider's slow case (the simulator's, in demo mode) plus a margin (next-poll.ts). 0: no wait.
 */
export const expectedCallbackWaitMs = (): number | undefined => {
  const configured = env().CALLBACK_WAIT_SECONDS;
  if (configured !== undefined) return configured > 0 ? configured * 1000 : undefined;
  return callbackWaitMs(providerEstimate(isDemoMode() ? demoTaskMs() : undefined).highMs);
};

/**
 * Signs one of our stored files for minutes (the page renews them: file-urls.ts); with
 * `downloadName` it is served as an attachment.
 */
export const signStorageUrl = (storageKey: string, options?: { downloadName?: string }) =>
  getStorage().signedUrl(storageKey, { expiresInSeconds: FILE_URL_SECONDS, ...options });

export const signVideoUrl = (storageKey: string) => signStorageUrl(storageKey);
