import type { OpenedShare } from "../open-share-link";
import { html } from "./escape";
import { mediaPath, shareTitle } from "./share-meta";

/** The player a chat app or Twitter frames: the first video alone, filling the frame. No script. */
export function embedPage(share: OpenedShare, token: string): string {
  const video = share.videos[0]!;
  const poster = video.posterKey ? mediaPath(token, video, "poster.jpg") : null;
  const title = shareTitle(share);
  return `<!doctype html>${
    html`<html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <meta name="referrer" content="no-referrer" />
        <title>${title}</title>
        <style>
          html,
          body {
            margin: 0;
            height: 100%;
            background: #000;
          }
          video {
            display: block;
            width: 100%;
            height: 100%;
            object-fit: contain;
          }
        </style>
      </head>
      <body>
        <video
          src="${mediaPath(token, video, "video.mp4")}"
          ${poster ? html`poster="${poster}" ` : null}controls
          playsinline
          muted
          autoplay
          loop
          preload="metadata"
          aria-label="${`Video: ${title}`}"
        ></video>
      </body>
    </html>`.value
  }`;
}

/** The embed's own policy: framed by any site (that is its purpose), loading nothing but our media. */
export const EMBED_CSP =
  "default-src 'none'; media-src 'self'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors *";
