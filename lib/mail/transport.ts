import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/config/env";
import { log } from "@/lib/log/logger";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export type MailDelivery = "smtp" | "log";

let transporter: Transporter | undefined;

/** Whether mail reaches people (SMTP_URL set) or only the server log (the embedded default). */
export const mailDelivery = (): MailDelivery => (env().SMTP_URL ? "smtp" : "log");

/**
 * Sends one mail through SMTP_URL; without it, writes the whole mail (links included) to the
 * server log, so every flow can be tried on a laptop with no mail server. Throws when the SMTP
 * server refuses: callers decide whether a person should hear about it.
 */
export async function deliverMail(message: MailMessage): Promise<MailDelivery> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    log.info(
      { event: "mail.logged", to: message.to, subject: message.subject, text: message.text },
      "mail (no SMTP_URL: written here)",
    );
    return "log";
  }
  // One pooled transport per process; the URL carries host, port, TLS and credentials.
  transporter ??= nodemailer.createTransport(SMTP_URL);
  await transporter.sendMail({ from: MAIL_FROM, ...message });
  return "smtp";
}
