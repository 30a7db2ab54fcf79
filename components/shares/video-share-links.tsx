import { ShareLinkList, type ShareLinkItem } from "./share-link-list";

/** On a video's page: the links that show it, still live. */
export function VideoShareLinks({ links }: { links: ShareLinkItem[] }) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby="share-links-title" className="grid gap-2" data-testid="video-share-links">
      <h2 id="share-links-title" className="text-sm font-semibold">
        Share links
      </h2>
      <ShareLinkList links={links} showVideos={false} />
    </section>
  );
}
