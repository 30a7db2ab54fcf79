"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { signIn } from "@/lib/auth/auth";
import { clientIp } from "@/lib/auth/client-ip";
import { createDemoAccount } from "@/lib/auth/demo-sign-in";
import { currentSession } from "@/lib/auth/session";
import { isDemoMode } from "@/lib/config/env";
import { isForm } from "./form-result";

/**
 * "Try the demo" on the landing page: a plain form post (no client script), so every answer is a
 * page — the studio, or the landing page saying why not (`?demo=`). Only in demo mode: with a
 * real Grok token a demo account would spend real credits, so the action refuses.
 */
export async function tryDemoAction(formData: FormData): Promise<void> {
  if (!isForm(formData)) return;
  if (!isDemoMode()) redirect("/?demo=unavailable");
  // Already signed in: their own studio, not a second account.
  if (await currentSession()) redirect("/studio");
  const account = await createDemoAccount(db, { ip: clientIp(await headers()) });
  if (account.kind === "throttled") redirect(`/?demo=busy&wait=${account.retryAfterSeconds}`);
  // Redirects by throwing; the fresh account's own first sign-in cannot be throttled.
  await signIn("credentials", { email: account.email, password: account.password, redirectTo: "/studio" });
}
