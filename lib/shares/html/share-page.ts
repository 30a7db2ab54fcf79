import { getModel } from "@/lib/grok/catalog";
import type { SharedVideo } from "../find-share-link";
import type { OpenedShare } from "../open-share-link";
import type { GuestReview } from "../guest-feedback";
import { documentHtml } from "./document";
import { FEEDBACK_SCRIPT, guestFeedbackSection, type FeedbackState } from "./guest-feedback-section";
import { html, type Html } from "./escape";
import { mediaPath, previewTags, sharedDownloadName, shareTitle } from "./share-meta";
import type { ShareWords } from "./share-words";

/**
 * Sound on with one tap (videos start muted: that is what lets them play at once), and a reel
 * that goes on to its next video. Nothing else runs on the page.
 */
const PLAYER_SCRIPT = `(()=>{const v=[...document.querySelectorAll("video")],b=[...document.querySelectorAll("[data-sound]")];let on=false;const quiet=()=>b.forEach(x=>x.hidden=true);b.forEach((x,i)=>{x.hidden=false;x.addEventListener("click",()=>{on=true;v.forEach(y=>y.muted=false);quiet();v[i].play().catch(()=>{})})});v.forEach((x,i)=>{x.addEventListener("volumechange",()=>{if(!x.muted){on=true;quiet()}});x.addEventListener("play",()=>v.forEach(y=>y!==x&&y.pause()));const n=v[i+1];if(n)x.addEventListener("ended",()=>{n.muted=!on;n.scrollIntoView({behavior:"smooth",block:"center"});n.play().catch(()=>{})})})})()`;

/** The share page: the videos first (the first plays at once, muted), then what the sharer chose to show. */
export function sharePage(input: {
  share: OpenedShare;
  origin: string;
  token: string;
  nonce: string;
  /** With guest review on: what guests said of each video (by position), and the last form's outcome. */
  reviews?: Map<number, GuestReview>;
  feedback?: FeedbackState | null;
  /** The viewer's language (requestShareWords). */
  words: ShareWords;
}): string {
  const { share, origin, token, nonce, words } = input;
  const { t } = words;
  const review = share.allowComments || share.allowApproval;
  const title = shareTitle(share);
  const reel = share.videos.length > 1;
  const first = share.videos[0]!;
  const head = html`${previewTags(share, origin, token)}${
    first.posterKey
      ? html`<link
          rel="preload"
          as="image"
          href="${mediaPath(token, first, "poster.jpg")}"
          fetchpriority="high"
        />`
      : null
  }`;
  const body = html`<main>
    <header>
      <h1>${title}</h1>
      ${reel ? html`<p class="count">${t("reelCount", { count: share.videos.length })}</p>` : null}
    </header>
    ${share.videos.map((video, index) => [
      item({ share, token, video, index, title, words }),
      review
        ? guestFeedbackSection({
            share,
            token,
            position: video.position,
            review: input.reviews?.get(video.position),
            state: input.feedback ?? null,
            words,
          })
        : null,
    ])}
  </main>`;
  return documentHtml({
    words,
    title,
    head,
    body,
    script: { nonce, code: review ? `${PLAYER_SCRIPT};${FEEDBACK_SCRIPT}` : PLAYER_SCRIPT },
  });
}

function item(input: {
  share: OpenedShare;
  token: string;
  video: SharedVideo;
  index: number;
  title: string;
  words: ShareWords;
}): Html {
  const { share, token, video, index, title } = input;
  const { t } = input.words;
  const count = share.videos.length;
  const [w = 16, h = 9] = video.aspectRatio.split(":").map(Number);
  const label = count > 1 ? t("videoOf", { n: index + 1, count }) : t("videoTitled", { title });
  const first = index === 0;
  const src = mediaPath(token, video, "video.mp4");
  const poster = video.posterKey ? mediaPath(token, video, "poster.jpg") : null;
  const name = sharedDownloadName(share, video);
  return html`<article data-testid="shared-video" data-position="${video.position}">
    <div class="clip" style="--w:${w};--h:${h}">
      <video
        src="${src}"
        ${
          poster ? html`poster="${poster}" ` : null
        }${first ? html`autoplay preload="auto" ${count === 1 ? html`loop ` : null}` : html`preload="none" `}muted
        playsinline
        controls
        aria-label="${label}"
      ></video
      ><button type="button" class="sound" data-sound hidden>${t("tapForSound")}</button>
    </div>
    ${
      share.showPrompt || share.allowDownload
        ? html`<div class="about">
            ${share.showPrompt ? settings(video, count > 1 ? t("promptOf", { label }) : t("prompt"), input.words) : null}
            <div class="actions">
              ${
                share.allowDownload
                  ? html`<a
                      class="btn"
                      href="${src}?download=1"
                      download="${name}"
                      data-testid="share-download"
                      >${t("download")}</a
                    >`
                  : null
              }${
                share.showPrompt
                  ? html`<a
                      class="btn primary"
                      href="/s/${token}/${video.position}/remix"
                      rel="nofollow"
                      data-testid="make-one-like-this"
                      >${t("makeOneLikeThis")}</a
                    >`
                  : null
              }
            </div>
          </div>`
        : null
    }
  </article>`;
}

function settings(video: SharedVideo, heading: string, { t }: ShareWords): Html {
  const model = getModel(video.model)?.label ?? video.model;
  return html`<h2 class="sr">${heading}</h2>
    <p class="prompt" data-testid="share-prompt">${video.prompt}</p>
    <ul class="facts" aria-label="${t("settings")}">
      <li>${model}</li>
      <li>${video.aspectRatio}</li>
      <li>${video.resolution}</li>
      <li>${t("seconds", { count: video.durationSec })}</li>
    </ul>`;
}
