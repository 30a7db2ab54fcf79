import { formatMarker } from "@/lib/reviews/time-marker";
import { MAX_COMMENT_LENGTH } from "@/lib/reviews/comment-limits";
import type { GuestReview } from "../guest-feedback";
import { MAX_GUEST_NAME } from "../guest-feedback-schema";
import type { OpenedShare } from "../open-share-link";
import { html, type Html } from "./escape";
import type { ShareWords } from "./share-words";

/** What the page says after a guest's form: sent, or what to fix (with what they typed kept). */
export type FeedbackState =
  | { position: number; sent: true }
  | { position: number; sent: false; message: string; kept: { name: string; body: string } };

/**
 * Fills the moment a comment is about from its video's playhead, and remembers the guest's name
 * on this device. Without it the form still works: the comment is about the whole video.
 */
export const FEEDBACK_SCRIPT = `document.querySelectorAll("form[data-feedback]").forEach(f=>{const n=f.elements.namedItem("name"),k="guest-name";try{if(n&&!n.value)n.value=localStorage.getItem(k)||""}catch{}f.addEventListener("submit",e=>{const v=document.querySelector('article[data-position="'+f.dataset.position+'"] video'),a=f.querySelector("[data-at]");f.elements.namedItem("at").value=e.submitter&&e.submitter.value==="comment"&&a&&a.checked&&v?v.currentTime.toFixed(2):"";try{localStorage.setItem(k,n.value)}catch{}})})`;

/** Under a shared video: the guests' comments and verdict, and a form to add theirs. */
export function guestFeedbackSection(input: {
  share: OpenedShare;
  token: string;
  position: number;
  review: GuestReview | undefined;
  state: FeedbackState | null;
  words: ShareWords;
}): Html {
  const { share, token, position, review } = input;
  const { t } = input.words;
  const state = input.state?.position === position ? input.state : null;
  const kept = state && !state.sent ? state.kept : { name: "", body: "" };
  const id = `feedback-${position}`;
  return html`<section class="feedback" id="${id}" aria-labelledby="${id}-title" data-testid="guest-feedback">
    <h2 id="${id}-title">${t("feedbackTitle")}</h2>
    ${
      review?.verdict
        ? html`<p class="verdict" data-testid="guest-verdict">
            ${t("verdict", { status: review.verdict.status, name: review.verdict.by })}
          </p>`
        : null
    }
    ${
      review?.comments.length
        ? html`<ol class="comments">
            ${review.comments.map(
              (c) =>
                html`<li data-testid="guest-comment">
                  <b>${c.name}</b
                  >${c.atSeconds === null ? null : html` <span class="at">${formatMarker(c.atSeconds)}${c.shot ? ` · ${c.shot}` : ""}</span>`}
                  <span class="body">${c.body}</span>
                </li>`,
            )}
          </ol>`
        : null
    }
    ${state?.sent ? html`<p role="status" class="ok" data-testid="guest-sent">${t("sent")}</p>` : null}
    ${state && !state.sent ? html`<p role="alert" class="error" data-testid="guest-error">${state.message}</p>` : null}
    <form method="post" action="/s/${token}/${position}/feedback" data-feedback data-position="${position}">
      <label
        >${t("yourName")}
        <input name="name" autocomplete="name" maxlength="${MAX_GUEST_NAME}" required value="${kept.name}" />
      </label>
      ${
        share.allowComments
          ? html`<label
                >${t("comment")}
                <textarea name="body" rows="3" maxlength="${MAX_COMMENT_LENGTH}">${kept.body}</textarea>
              </label>
              <label class="check"><input type="checkbox" data-at checked /> ${t("aboutMoment")}</label>`
          : null
      }
      <input type="hidden" name="at" value="" />
      <div class="actions">
        ${share.allowComments ? html`<button class="btn primary" name="intent" value="comment" data-testid="guest-send">${t("sendComment")}</button>` : null}
        ${
          share.allowApproval
            ? html`<button class="btn" name="intent" value="approved" data-testid="guest-approve">
                  ${t("approve")}
                </button>
                <button class="btn" name="intent" value="changes_requested" data-testid="guest-changes">
                  ${t("requestChanges")}
                </button>`
            : null
        }
      </div>
    </form>
  </section>`;
}
