"use client";

import { Eye, Lock } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { remakeShareLinkAction, revokeShareLinkAction } from "@/lib/actions/share-actions";
import type { ShareLinkRow } from "@/lib/shares/list-share-links";
import { inWorkspace } from "@/hooks/request-workspace";
import { shortPrompt } from "@/components/generation/format";
import { LocalTime } from "@/components/generation/local-time";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/generation/copy-button";

export type ShareLinkItem = ShareLinkRow & { revocable: boolean };

const views = (n: number) => `${n} view${n === 1 ? "" : "s"}`;

/**
 * Live share links with their views and a Revoke (for those the viewer may revoke). Their URLs
 * cannot be shown again: only the token's hash is kept. With `stopped`, links that stopped when
 * their maker left, each with "Make a new link" (admins), whose new URL is shown in its row once.
 */
export function ShareLinkList({
  links,
  showVideos,
  stopped = false,
}: {
  links: ShareLinkItem[];
  showVideos: boolean;
  stopped?: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [remade, setRemade] = useState<Record<string, string>>({});
  const revoke = (link: ShareLinkItem) =>
    startTransition(async () => {
      const result = await revokeShareLinkAction(inWorkspace({ id: link.id }));
      if (!result.ok) return void toast.error(result.message);
      toast.success("Link revoked: it no longer opens.");
      router.refresh();
    });
  const remake = (link: ShareLinkItem) =>
    startTransition(async () => {
      const result = await remakeShareLinkAction(inWorkspace({ id: link.id }));
      if (!result.ok) return void toast.error(result.message);
      setRemade((urls) => ({ ...urls, [link.id]: result.data.url }));
      toast.success("New link made: copy it now, it is shown only once.");
    });

  return (
    <ul className="grid gap-2" data-testid="share-links">
      {links.map((link) => (
        <li
          key={link.id}
          data-testid="share-link"
          data-id={link.id}
          className="grid gap-2 rounded-xl border border-border p-3 text-sm sm:grid-cols-[1fr_auto] sm:items-center"
        >
          <div className="grid min-w-0 gap-0.5">
            <p className="flex items-center gap-1.5 font-medium">
              {link.hasPassword ? (
                <>
                  <Lock aria-hidden className="size-3.5 shrink-0" />
                  <span className="sr-only">Password protected:</span>
                </>
              ) : null}
              <span className="truncate">{link.title ?? titleOf(link)}</span>
            </p>
            {showVideos ? <Videos link={link} /> : null}
            <p className="flex flex-wrap gap-x-2 text-xs text-muted-foreground">
              <span className="inline-flex items-center gap-1" data-testid="share-views">
                <Eye aria-hidden className="size-3.5" /> {views(link.viewCount)}
              </span>
              <span>by {link.createdBy.name}</span>
              <span data-testid="share-made">
                made <LocalTime iso={link.createdAt} />
              </span>
              {link.tokenHint ? (
                <span className="font-mono" title="How its URL ends" data-testid="share-hint">
                  …{link.tokenHint}
                </span>
              ) : null}
              <span>
                {link.expiresAt ? (
                  <>
                    expires <LocalTime iso={link.expiresAt} />
                  </>
                ) : (
                  "never expires"
                )}
              </span>
              {link.allowDownload ? <span>download on</span> : null}
              {link.showPrompt ? <span>prompt shown</span> : null}
              {link.allowComments ? <span>guests may comment</span> : null}
            </p>
          </div>
          {stopped && remade[link.id] ? (
            <div className="flex min-w-0 items-center gap-2 sm:col-span-2">
              <input
                readOnly
                value={remade[link.id]}
                aria-label="The new link"
                data-testid="remade-share-url"
                className="min-w-0 flex-1 rounded-lg border border-border bg-muted px-2 py-1.5 text-xs"
                onFocus={(event) => event.currentTarget.select()}
              />
              <CopyButton
                text={remade[link.id]!}
                label="Copy link"
                copied="Link copied"
                testId="copy-remade-url"
              />
            </div>
          ) : stopped && link.revocable ? (
            <Button
              variant="outline"
              size="sm"
              className="min-h-11 justify-self-start sm:min-h-9"
              disabled={pending}
              onClick={() => remake(link)}
              aria-label={`Make a new link for “${link.title ?? titleOf(link)}”`}
              data-testid="remake-share-link"
            >
              Make a new link
            </Button>
          ) : link.revocable ? (
            <Button
              variant="outline"
              size="sm"
              className="min-h-11 justify-self-start sm:min-h-9"
              disabled={pending}
              onClick={() => revoke(link)}
              aria-label={`Revoke the link “${link.title ?? titleOf(link)}”`}
              data-testid="revoke-share-link"
            >
              Revoke
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function titleOf(link: ShareLinkRow): string {
  if (link.videos.length === 0) return "Video deleted";
  return link.videos.length > 1
    ? `Reel of ${link.videos.length} videos`
    : shortPrompt(link.videos[0]!.prompt, 60);
}

function Videos({ link }: { link: ShareLinkRow }) {
  if (link.videos.length === 0)
    return <p className="text-xs text-danger">Its video was deleted: the link shows nothing.</p>;
  return (
    <p className="truncate text-xs">
      {link.videos.slice(0, 3).map((v, i) => (
        <span key={v.id}>
          {i > 0 ? ", " : null}
          <Link
            href={`/g/${v.id}`}
            className="underline decoration-border underline-offset-2 hover:decoration-current"
          >
            {shortPrompt(v.prompt, 40)}
          </Link>
        </span>
      ))}
      {link.videos.length > 3 ? ` and ${link.videos.length - 3} more` : null}
    </p>
  );
}
