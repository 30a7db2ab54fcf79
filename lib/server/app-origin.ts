import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/config/env";

/**
 * The origin links in mails and invites point to: APP_URL when set, else the host this request
 * came to. The env schema requires APP_URL whenever mail really leaves (SMTP_URL), so a Host
 * header chosen by a client only ever reaches the server log and the admin's own screen.
 */
export async function appOrigin(): Promise<string> {
  const configured = env().APP_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
