import type { ShareRefusal } from "../open-share-link";
import { documentHtml } from "./document";
import { html } from "./escape";
import { protectedPreviewTags } from "./share-meta";

type Closed = Exclude<ShareRefusal, "password_required" | "wrong_password">;

/** Gone for good (410) or never there (404); the words never say whose link it was. */
const CLOSED: Record<Closed, { status: number; title: string; text: string }> = {
  not_found: {
    status: 404,
    title: "This link does not work",
    text: "Check that you copied all of it. If it still does not open, ask the person who sent it for a new one.",
  },
  expired: {
    status: 410,
    title: "This link has expired",
    text: "It was set to stop working after a while. Ask the person who shared it for a new link.",
  },
  revoked: {
    status: 410,
    title: "This link was turned off",
    text: "The person who shared it has stopped sharing. Ask them for a new link if you still need it.",
  },
  deleted: {
    status: 410,
    title: "This video was removed",
    text: "It was deleted by the team that made it, so it can no longer be watched here.",
  },
};

export const closedStatus = (reason: Closed) => CLOSED[reason].status;

export function closedPage(reason: Closed): string {
  const { title, text } = CLOSED[reason];
  return documentHtml({
    title: `${title} · Grok Video Studio`,
    body: html`<main class="notice" data-testid="share-refused" data-reason="${reason}">
      <h1>${title}</h1>
      <p>${text}</p>
    </main>`,
  });
}

/** The password form; it posts back to the page, which sets a proof cookie and reloads itself. */
export function passwordPage(input: { token: string; title: string | null; error?: string }): string {
  const title = input.title ?? "A shared video";
  return documentHtml({
    title: `${title} · Grok Video Studio`,
    head: protectedPreviewTags(title),
    body: html`<main class="notice" data-testid="share-password">
      <h1>${title}</h1>
      <p>This video is protected with a password. Enter the one you were given to watch it.</p>
      <form method="post" action="/s/${input.token}">
        ${
          input.error
            ? html`<p class="error" id="password-error" role="alert" data-testid="share-password-error">
                ${input.error}
              </p>`
            : null
        }<label for="password">Password</label
        ><input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
          maxlength="128"
          autofocus${input.error ? html` aria-invalid="true" aria-describedby="password-error"` : null}
        /><button class="btn primary" type="submit">Watch</button>
      </form>
    </main>`,
  });
}

/** A plain notice (a step the visitor cannot take from here, say). */
export function noticePage(title: string, text: string): string {
  return documentHtml({
    title: `${title} · Grok Video Studio`,
    body: html`<main class="notice" data-testid="share-notice">
      <h1>${title}</h1>
      <p>${text}</p>
    </main>`,
  });
}

/** Something went wrong on our side; said plainly, with no detail of the request. */
export function failurePage(): string {
  return documentHtml({
    title: "Something went wrong · Grok Video Studio",
    body: html`<main class="notice">
      <h1>Something went wrong</h1>
      <p>This page could not be shown just now. Try again in a moment.</p>
    </main>`,
  });
}
