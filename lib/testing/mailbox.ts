/**
 * A real SMTP server for tests (nodemailer's `smtp-server`), in this process, on a free port.
 * Everything it receives is parsed (`mailparser`) and kept, so a test can wait for the mail a
 * flow sent and follow its link exactly as a person would.
 */
import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";
import type { AddressInfo } from "node:net";

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  receivedAt: number;
}

export interface Mailbox {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  messages: ReceivedMail[];
  /**
   * The newest mail to `to` received after `since` (a time) or after the first `after` messages (a
   * count, for when a timestamp can tie), matching `subject` and `text` if given, waiting for one.
   */
  waitFor(
    to: string,
    options?: { subject?: RegExp; text?: RegExp; since?: number; after?: number; timeoutMs?: number },
  ): Promise<ReceivedMail>;
  close(): Promise<void>;
}

export async function startMailbox(port = 0): Promise<Mailbox> {
  const messages: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          messages.push({
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            receivedAt: Date.now(),
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const address = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${address.port}`,
    messages,
    async waitFor(to, { subject, text, since = 0, after = 0, timeoutMs = 10_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      const wanted = to.toLowerCase();
      for (;;) {
        const found = messages.findLast(
          (m, index) =>
            index >= after &&
            m.receivedAt >= since &&
            m.to.includes(wanted) &&
            (!subject || subject.test(m.subject)) &&
            (!text || text.test(m.text)),
        );
        if (found) return found;
        if (Date.now() > deadline) {
          const seen = messages.map((m) => `${m.to.join(",")}: ${m.subject}`).join("; ") || "none";
          throw new Error(
            `No mail to ${to}${subject ? ` matching ${subject}` : ""} within ${timeoutMs} ms (seen: ${seen})`,
          );
        }
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link in a mail's text that starts with `prefix` (an origin, say). */
export function linkIn(mail: ReceivedMail, prefix: string): string {
  const match = mail.text.match(/https?:\/\/\S+/g)?.find((u) => u.startsWith(prefix));
  if (!match) throw new Error(`No link to ${prefix} in the mail "${mail.subject}":\n${mail.text}`);
  return match;
}

/**
 * A mailbox the app under test really mails to: SMTP_URL points at it, and APP_URL (required
 * with SMTP_URL) at `origin`. Call before anything reads the configuration (it is read once).
 */
export async function startAppMailbox(origin: string): Promise<Mailbox> {
  const mailbox = await startMailbox();
  process.env.SMTP_URL = mailbox.url;
  process.env.APP_URL = origin;
  return mailbox;
}
