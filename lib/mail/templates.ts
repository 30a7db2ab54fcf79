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

export const emailChangeMail = (input: { to: string; url: string }) =>
  mail(
    input.to,
    "Confirm your new Grok Video Studio address",
    [
      "Someone (hopefully you) asked to move a Grok Video Studio account to this email address.",
      "The link works once, for 24 hours. Until it is used, the account keeps its old address.",
      "If it was not you, ignore this mail: nothing changes without the link.",
    ],
    { label: "Use this address", url: input.url },
  );

export const emailChangedMail = (input: { to: string; email: string }) =>
  mail(input.to, "Your Grok Video Studio address was changed", [
    `Your Grok Video Studio account now signs in with ${input.email}; mail goes there from now on.`,
    "If it was not you, reset your password from the sign-in page at once and write to your team's admin.",
  ]);

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

/** One inbox entry by mail, or several that arrived together as one mail. */
export const inboxMail = (input: {
  to: string;
  entries: readonly { text: string; quote: string | null; url: string }[];
  settingsUrl: string;
}) => {
  const [first, ...rest] = input.entries;
  if (!first) throw new Error("inboxMail needs at least one entry");
  const quote = (q: string | null) => (q ? q.split("\n").map((line) => `> ${line}`) : []);
  const footer = `You get these mails because of your choices in Settings: ${input.settingsUrl}`;
  if (!rest.length)
    return mail(input.to, clip(first.text, 90), [`${first.text}.`, ...quote(first.quote), footer], {
      label: "Open it",
      url: first.url,
    });
  return mail(input.to, `${input.entries.length} updates in Grok Video Studio`, [
    ...input.entries.flatMap((e) => [`${e.text}: ${e.url}`, ...quote(e.quote)]),
    footer,
  ]);
};

const clip = (s: string, max = 120) => (s.length > max ? `${s.slice(0, max - 3)}…` : s);
const article = (word: string) => (/^[aeiou]/i.test(word) ? "an" : "a");
