import type { OpenedShare } from "../open-share-link";
import type { SharedVideo } from "../find-share-link";
import { downloadFileName } from "@/lib/generations/download-name";
import { html, type Html } from "./escape";

export const shortText = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

/** What a page, its preview and its player call a share: the sharer's title, else what it shows. */
export function shareTitle(share: Pick<OpenedShare, "title" | "showPrompt" | "videos">): string {
  if (share.title) return share.title;
  const first = share.videos[0];
  if (share.showPrompt && first) return shortText(first.prompt, 70);
  return share.videos.length > 1 ? `${share.videos.length} videos` : "A video";
}

export function shareDescription(share: Pick<OpenedShare, "showPrompt" | "videos">): string {
  const first = share.videos[0];
  if (share.showPrompt && first) return shortText(first.prompt, 200);
  return share.videos.length > 1
    ? `A reel of ${share.videos.length} videos made with Grok Video Studio.`
    : "A video made with Grok Video Studio.";
}

export const mediaPath = (
  token: string,
  video: Pick<SharedVideo, "position">,
  file: "video.mp4" | "poster.jpg",
) => `/s/${token}/${video.position}/${file}`;

/** The poster's JPEG size: the stored poster's, which is the video's frame at most 640 px wide. */
export function posterSize(video: {
  width: number | null;
  height: number | null;
}): { width: number; height: number } | null {
  if (!video.width || !video.height) return null;
  if (video.width <= 640) return { width: video.width, height: video.height };
  return { width: 640, height: Math.round((video.height * 640) / video.width) };
}

/** A downloaded file's name: from the prompt only when the sharer shows it. */
export const sharedDownloadName = (share: OpenedShare, video: SharedVideo) =>
  downloadFileName(share.showPrompt ? video.prompt : shareTitle(share), String(video.position + 1));

const meta = (property: string, content: string | number) =>
  html`<meta property="${property}" content="${content}" />`;
const named = (name: string, content: string | number) => html`<meta name="${name}" content="${content}" />`;

/**
 * Open Graph and Twitter player tags, every URL absolute, so a pasted link previews with the
 * poster and a playable video. They point at the token routes, which check the link each time.
 */
export function previewTags(share: OpenedShare, origin: string, token: string): Html {
  const first = share.videos[0]!;
  const title = shareTitle(share);
  const description = shareDescription(share);
  const page = `${origin}/s/${token}`;
  const video = `${origin}${mediaPath(token, first, "video.mp4")}`;
  const poster = first.posterKey ? `${origin}${mediaPath(token, first, "poster.jpg")}` : null;
  const still = first.posterKey ? posterSize(first) : null;
  const size = first.width && first.height ? { width: first.width, height: first.height } : null;
  return html`<meta name="description" content="${description}" />${[
      meta("og:site_name", "Grok Video Studio"),
      meta("og:title", title),
      meta("og:description", description),
      meta("og:type", "video.other"),
      meta("og:url", page),
      poster
        ? [
            meta("og:image", poster),
            meta("og:image:secure_url", poster),
            meta("og:image:type", "image/jpeg"),
            still ? [meta("og:image:width", still.width), meta("og:image:height", still.height)] : null,
            meta("og:image:alt", title),
          ]
        : null,
      meta("og:video", video),
      meta("og:video:secure_url", video),
      meta("og:video:type", "video/mp4"),
      size ? [meta("og:video:width", size.width), meta("og:video:height", size.height)] : null,
      named("twitter:card", "player"),
      named("twitter:title", title),
      named("twitter:description", description),
      poster ? named("twitter:image", poster) : null,
      named("twitter:player", `${page}/embed`),
      size ? [named("twitter:player:width", size.width), named("twitter:player:height", size.height)] : null,
      named("twitter:player:stream", video),
      named("twitter:player:stream:content_type", "video/mp4"),
    ]}`;
}

/** A protected link's preview: chat apps have no password, so they get its title and nothing else. */
export function protectedPreviewTags(title: string): Html {
  return html`${[
    meta("og:site_name", "Grok Video Studio"),
    meta("og:title", title),
    meta("og:type", "website"),
    named("twitter:card", "summary"),
    named("twitter:title", title),
  ]}`;
}
