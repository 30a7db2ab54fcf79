import "server-only";
import { env } from "@/lib/config/env";
import type { Jobs } from "@/lib/jobs/enqueue";
import { log } from "@/lib/log/logger";

/**
 * Asks the mailer to mail these people after the batching delay. Called after the transaction
 * that wrote their entries; a wake-up that cannot be queued is only logged: the entries wait as
 * `mailPending`, and the minute's sweep (wakeOverdueInboxMail) wakes the mailer for them.
 */
export async function wakeMailer(
  jobs: Pick<Jobs, "notify"> | undefined,
  userIds: readonly string[],
  now = new Date(),
): Promise<void> {
  if (!jobs) return;
  const at = new Date(now.getTime() + env().INBOX_MAIL_DELAY_SECONDS * 1000);
  for (const userId of userIds) {
    try {
      await jobs.notify(userId, at);
    } catch (error) {
      log.error({ event: "mail.not-queued", err: error, userId }, "could not wake the inbox mailer");
    }
  }
}
