import "server-only";
import { db } from "@/lib/db/client";
import { imageUrlResolver } from "@/lib/uploads/runtime";
import { callbackBaseUrl, grokClient, staleQueuedMs } from "./runtime";
import type { SendDeps } from "./send-generation";

/** What sending a generation needs in this deployment (the submit action and the reconciler). */
export const appSendDeps = (): SendDeps & { staleAfterMs: number } => ({
  db,
  grok: grokClient(),
  appUrl: callbackBaseUrl(),
  resolveImageUrls: (workspaceId, ids) => imageUrlResolver(workspaceId)(ids),
  staleAfterMs: staleQueuedMs(),
});
