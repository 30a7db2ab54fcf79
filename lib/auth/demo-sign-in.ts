import "server-only";
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { registerUser } from "./register-user";
import { SignInThrottle } from "./throttle";

/**
 * The throttle's "account" key for demo accounts. It holds no "@", so no real address shares its
 * counters: every visitor counts against one budget (10 new demo accounts per 5 minutes, blocks
 * of 30 s to 2 min, see throttle-policy.ts), and, when the client's address is known, against
 * that address's own budget too.
 */
const DEMO_THROTTLE_KEY = "demo-visitor";

export type DemoAccount =
  | { kind: "created"; email: string; password: string }
  | { kind: "throttled"; retryAfterSeconds: number };

/**
 * A fresh demo account for one visitor, so strangers never share a gallery: a random address
 * under the reserved `.invalid` domain (mail to it can never be delivered), a random password the
 * caller signs in with at once and nobody ever sees, and a confirmed address (no mail round-trip).
 * Only demo mode calls this: its videos come from the built-in simulator and cost nothing.
 */
export async function createDemoAccount(client: PrismaClient, options: { ip: string }): Promise<DemoAccount> {
  const verdict = await new SignInThrottle(client).attempt(DEMO_THROTTLE_KEY, options.ip);
  if (!verdict.allowed) return { kind: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };

  const id = randomBytes(6).toString("hex");
  const email = `visitor-${id}@demo.invalid`;
  const password = randomBytes(24).toString("base64url");
  // One transaction: the user and their studio ("Demo visitor's studio") exist together or not at all.
  await registerUser(client, { name: "Demo visitor", email, password }, { verified: true });
  return { kind: "created", email, password };
}
