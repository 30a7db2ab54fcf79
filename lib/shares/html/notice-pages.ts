import type { ShareRefusal } from "../open-share-link";
import { documentHtml } from "./document";
import { html } from "./escape";
import { protectedPreviewTags } from "./share-meta";
import type { ShareWords } from "./share-words";

type Closed = Exclude<ShareRefusal, "password_required" | "wrong_password">;

/** Gone for good (410) or never there (404); the words never say whose link it was. */
const CLOSED = {
  not_found: { status: 404, title: "notFoundTitle", text: "notFoundText" },
  expired: { status: 410, title: "expiredTitle", text: "expiredText" },
  revoked: { status: 410, title: "revokedTitle", text: "revokedText" },
  deleted: { status: 410, title: "deletedTitle", text: "deletedText" },
} as const satisfies Record<Closed, { status: number; title: string; text: string }>;

export const closedStatus = (reason: Closed) => CLOSED[reason].status;

export function closedPage(reason: Closed, words: ShareWords): string {
  const title = words.t(CLOSED[reason].title);
  const text = words.t(CLOSED[reason].text);
  return documentHtml({
    words,
    title,
    body: html`<main class="notice" data-testid="share-refused" data-reason="${reason}">
      <h1>${title}</h1>
      <p>${text}</p>
    </main>`,
  });
}

/** The password form; it posts back to the page, which sets a proof cookie and reloads itself. */
export function passwordPage(input: {
  token: string;
  title: string | null;
  error?: string;
  words: ShareWords;
}): string {
  const { t } = input.words;
  const title = input.title ?? t("aSharedVideo");
  return documentHtml({
    words: input.words,
    title,
    head: protectedPreviewTags(title),
    body: html`<main class="notice" data-testid="share-password">
      <h1>${title}</h1>
      <p>${t("protected")}</p>
      <form method="post" action="/s/${input.token}">
        ${
          input.error
            ? html`<p class="error" id="password-error" role="alert" data-testid="share-password-error">
                ${input.error}
              </p>`
            : null
        }<label for="password">${t("password")}</label
        ><input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          maxlength="128"
          autofocus${input.error ? html` aria-invalid="true" aria-describedby="password-error"` : null}
        /><button class="btn primary" type="submit">${t("watch")}</button>
      </form>
    </main>`,
  });
}

/** A plain notice (a step the visitor cannot take from here, say). */
export function noticePage(title: string, text: string, words: ShareWords): string {
  return documentHtml({
    words,
    title,
    body: html`<main class="notice" data-testid="share-notice">
      <h1>${title}</h1>
      <p>${text}</p>
    </main>`,
  });
}

/** Something went wrong on our side; said plainly, with no detail of the request. */
export function failurePage(words: ShareWords): string {
  return documentHtml({
    words,
    title: words.t("failureTitle"),
    body: html`<main class="notice">
      <h1>${words.t("failureTitle")}</h1>
      <p>${words.t("failureText")}</p>
    </main>`,
  });
}
