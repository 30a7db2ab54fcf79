import "server-only";
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { registerUser } from "./register-user";
import { GuessThrottle } from "./throttle";

/**
 * The subject of the demo rules (lib/security/throttle-policy.ts): each address may make a few
 * demo accounts, and once the shared budget is spent only addresses that have not made one yet
 * get another (without a known address, the shared budget is a hard limit).
 */
const DEMO_THROTTLE_KEY = "demo-visitor";

export type DemoAccount =
  { kind: "created"; email: string; password: string } | { kind: "throttled"; retryAfterSeconds: number };

/**
 * A fresh demo account for one visitor, so strangers never share a gallery: a random address
 * under the reserved `.invalid` domain (mail to it can never be delivered), a random password the
 * caller signs in with at once and nobody ever sees, and a confirmed address (no mail round-trip).
 * Only demo mode calls this: its videos come from the built-in simulator and cost nothing.
 */
export async function createDemoAccount(client: PrismaClient, options: { ip: string }): Promise<DemoAccount> {
  const verdict = await new GuessThrottle(client, "demo").attempt(DEMO_THROTTLE_KEY, options.ip);
  if (!verdict.allowed) return { kind: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };

  const id = randomBytes(6).toString("hex");
  const email = `visitor-${id}@demo.invalid`;
  const password = randomBytes(24).toString("base64url");
  // One transaction: the user and their studio ("Demo visitor's studio") exist together or not at all.
  await registerUser(client, { name: "Demo visitor", email, password }, { verified: true });
  return { kind: "created", email, password };
}
