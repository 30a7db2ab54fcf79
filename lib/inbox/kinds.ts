/**
 * What can land in someone's inbox. Pure: the settings form, the inbox list and the mailer read it.
 * The order is the settings form's.
 */
export const NOTIFICATION_KINDS = [
  "mention",
  "reply",
  "review_status",
  "generation_ready",
  "generation_failed",
  "member_joined",
  "guest_feedback",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The settings form's label for "mail me about these". */
export const MAIL_KIND_LABELS: Record<NotificationKind, string> = {
  mention: "Someone mentions me in a comment",
  reply: "Someone replies in a thread I am in",
  review_status: "The review status of my video changes",
  generation_ready: "My video is ready",
  generation_failed: "My video failed",
  member_joined: "Someone joins a team through my invite",
  guest_feedback: "A guest comments or gives a verdict on a share link I made or a video of mine",
};

/** What a new account gets by mail: people's words about its work; its own videos only on request. */
export const DEFAULT_MAIL_KINDS: readonly NotificationKind[] = [
  "mention",
  "reply",
  "review_status",
  "member_joined",
  "guest_feedback",
];
