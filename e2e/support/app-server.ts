/**
 * The production servers a spec owns (lib/testing/app-server.ts), and what a spec reads from them
 * through the browser's request context.
 */
import { type APIRequestContext, type Page, test } from "@playwright/test";
import { AuthPages } from "../pages/auth-pages";
import { READ } from "./simulator";

export * from "../../lib/testing/app-server";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Reading the app and the simulator from a spec.

export interface Settled {
  id: string;
  prompt: string;
  state: string;
  errorCode: string | null;
  errorMessage: string | null;
}

const TERMINAL = new Set(["ready", "rejected", "failed", "timed_out", "canceled"]);

/** The app's row for this prompt through its API as the signed-in browser sees it (undefined if unreadable). */
export async function storedGeneration(
  request: APIRequestContext,
  baseURL: string,
  prompt: string,
): Promise<Settled | undefined> {
  try {
    const response = await request.get(`${baseURL}/api/generations?status=all&limit=50`, {
      ...READ,
      timeout: 10_000,
    });
    if (!response.ok()) return undefined;
    const { items } = (await response.json()) as { items: Settled[] };
    return items.find((g) => g.prompt === prompt);
  } catch {
    return undefined; // the server is down or restarting
  }
}

/**
 * Waits until the generation reaches a final state (ready, rejected, failed, timed_out, canceled)
 * and returns it with every state seen on the way, so a wrong ending fails at once with its story.
 */
export async function waitForSettled(
  request: APIRequestContext,
  baseURL: string,
  prompt: string,
  timeoutMs = 90_000,
): Promise<Settled & { seen: string[] }> {
  const seen: string[] = [];
  const deadline = Date.now() + timeoutMs;
  let last: Settled | undefined;
  while (Date.now() < deadline) {
    last = await storedGeneration(request, baseURL, prompt);
    if (last && seen.at(-1) !== last.state) seen.push(last.state);
    if (last && TERMINAL.has(last.state)) return { ...last, seen };
    await sleep(500);
  }
  throw new Error(
    `"${prompt}" did not settle within ${timeoutMs / 1000} s; states seen: ${seen.join(" → ") || "none"}; ` +
      `last: ${JSON.stringify(last)}`,
  );
}

/** POSTs to /grok/videos the simulator logged, with their prompt and time (ms since epoch). */
export async function loggedSubmits(
  request: APIRequestContext,
  simBase: string,
): Promise<Array<{ prompt: string | undefined; time: number }>> {
  const log = (await (await request.get(`${simBase}/__sim/requests`, READ)).json()) as {
    requests: Array<{ method: string; path: string; body: unknown; time: number }>;
  };
  return log.requests
    .filter((r) => r.method === "POST" && r.path === "/grok/videos")
    .map((r) => ({ prompt: (r.body as { prompt?: string } | null)?.prompt, time: r.time }));
}

/**
 * After a restart: the session cookie should still be valid (AUTH_SECRET is fixed). If it is
 * not, signs in again and says so in the test's annotations. Returns whether it survived.
 */
export async function ensureSignedIn(page: Page, baseURL: string, user: { email: string; password: string }) {
  const response = await page.request.get(`${baseURL}/api/usage`, READ);
  if (response.ok()) return true;
  test.info().annotations.push({
    type: "session lost on restart",
    description: `/api/usage answered ${response.status()} after the restart; signed in again`,
  });
  await new AuthPages(page).signIn(user.email, user.password);
  await page.waitForURL(/\/studio/);
  return false;
}
