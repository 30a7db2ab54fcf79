import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db/client";
import { requireWorkspace } from "@/lib/auth/guard";
import { currentSession } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { proofKey } from "./http/share-request";
import { openShareLink } from "./open-share-link";
import { remixSharedVideo } from "./remix-shared-video";
import { PROOF_COOKIE } from "./share-proof";
import { studioSettingsQuery } from "./studio-settings-query";

export type RemixStep = { go: string } | { refused: string };

/**
 * Where "Make one like this" leads: back to the share page when the link no longer shows the
 * video or its prompt (the page says why), through sign-in when signed out, else the viewer's own
 * studio with the prompt and settings in its create form.
 */
export async function remixFromShare(token: string, n: string): Promise<RemixStep> {
  const opened = await openShareLink(db, {
    token,
    proof: (await cookies()).get(PROOF_COOKIE)?.value,
    proofKey: proofKey(),
  });
  const video = opened.ok ? opened.share.videos.find((v) => String(v.position) === n) : undefined;
  if (!opened.ok || !opened.share.showPrompt || !video) return { go: `/s/${token}` };
  if (!(await currentSession()))
    return { go: `/sign-in?callbackUrl=${encodeURIComponent(`/s/${token}/${video.position}/remix`)}` };
  try {
    const ctx = await requireWorkspace("generations.read");
    const { settings } = await remixSharedVideo(db, {
      userId: ctx.user.id,
      current: { workspaceId: ctx.workspace.id, role: ctx.role },
      workspaces: ctx.workspaces,
      video,
    });
    return { go: `/studio?${studioSettingsQuery(settings)}` };
  } catch (error) {
    if (isAppError(error)) return { refused: error.message };
    throw error;
  }
}
