import type { MailMessage } from "./transport";

/** Plain mails: a line of context, one link, what to do if it was not you. Text and HTML alike. */
function mail(
  to: string,
  subject: string,
  lines: string[],
  link?: { label: string; url: string },
): MailMessage {
  const text = [...lines, ...(link ? ["", `${link.label}: ${link.url}`] : [])].join("\n");
  const escape = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const html = [
    ...lines.map((l) => `<p>${escape(l)}</p>`),
    ...(link ? [`<p><a href="${escape(link.url)}">${escape(link.label)}</a></p>`] : []),
  ].join("\n");
  return { to, subject, text, html };
}

export const inviteMail = (input: {
  to: string;
  inviterName: string;
  workspaceName: string;
  role: string;
  url: string;
  expiresAt: Date;
}) =>
  mail(
    input.to,
    `${input.inviterName} invited you to ${input.workspaceName}`,
    [
      `${input.inviterName} invited you to join ${input.workspaceName} on Grok Video Studio as ${article(input.role)} ${input.role}.`,
      `The link works once, for ${input.to}, until ${input.expiresAt.toUTCString()}.`,
    ],
    { label: "Accept the invite", url: input.url },
  );

export const passwordResetMail = (input: { to: string; url: string }) =>
  mail(
    input.to,
    "Reset your Grok Video Studio password",
    [
      "Someone (hopefully you) asked to reset the password of this account.",
      "The link works once, for one hour. Using it signs you out on every device.",
      "If it was not you, ignore this mail: your password stays as it is.",
    ],
    { label: "Choose a new password", url: input.url },
  );

export const confirmEmailMail = (input: { to: string; url: string }) =>
  mail(
    input.to,
    "Finish signing up to Grok Video Studio",
    [
      "Someone (hopefully you) created a Grok Video Studio account with this email address.",
      "The link works once, for 24 hours: it confirms the address and signs you in.",
      "If it was not you, ignore this mail: without the link, nobody can use the account.",
    ],
    { label: "Finish signing up", url: input.url },
  );

export const signUpAttemptMail = (input: { to: string; signInUrl: string; resetUrl: string }) =>
  mail(
    input.to,
    "Someone tried to sign up with your address",
    [
      "Someone just tried to create a Grok Video Studio account with this email address, which already has one.",
      "If it was you, sign in instead, or reset your password if you forgot it:",
      `Sign in: ${input.signInUrl}`,
      "If it was not you, nothing has changed and you can ignore this mail.",
    ],
    { label: "Reset your password", url: input.resetUrl },
  );

export const videoReadyMail = (input: {
  to: string;
  prompt: string;
  ok: boolean;
  url: string;
  reason?: string | null;
}) =>
  mail(
    input.to,
    input.ok ? "Your video is ready" : "Your video could not be made",
    [
      input.ok
        ? `Your video is ready: “${clip(input.prompt)}”.`
        : `Your video “${clip(input.prompt)}” failed.`,
      ...(input.ok ? [] : [input.reason ?? "The provider did not make it. Nothing was charged for it."]),
      "You get these mails because you turned them on in Settings.",
    ],
    { label: input.ok ? "Watch it" : "Open it", url: input.url },
  );

export const mentionMail = (input: {
  to: string;
  authorName: string;
  prompt: string;
  body: string;
  /** "0:07" when the comment is about a moment of the video. */
  at: string | null;
  url: string;
}) =>
  mail(
    input.to,
    `${input.authorName} mentioned you on “${clip(input.prompt, 60)}”`,
    [
      `${input.authorName} mentioned you in a comment on “${clip(input.prompt)}”${input.at ? ` at ${input.at}` : ""}:`,
      ...input.body.split("\n").map((line) => `> ${line}`),
      "You get this mail because someone in your team wrote your name in a comment.",
    ],
    { label: input.at ? `Watch it from ${input.at}` : "Open the video", url: input.url },
  );

const clip = (s: string, max = 120) => (s.length > max ? `${s.slice(0, max - 3)}…` : s);
const article = (word: string) => (/^[aeiou]/i.test(word) ? "an" : "a");
