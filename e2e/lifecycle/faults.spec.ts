import { randomBytes } from "node:crypto";
import { expect, test } from "../fixtures";
import { generationByPrompt, usedSeconds } from "../support/simulator";

/**
 * Every way a submit can go wrong (a 429 is no failure: see dispatch-queue.spec.ts), against the production build (`next build` + `next start`,
 * instrumentation and reconciler on), through the UI: the stored state and code, the words the
 * creator reads, exactly one upstream POST, and whether the seconds were given back.
 * The server runs with a 4 s submit timeout, a 5 s grace for unknown tasks and an 18 s deadline.
 */
interface FaultCase {
  fault: string;
  /** What the creator is told at once (toast). */
  toast: RegExp;
  state: string;
  code: string;
  message: RegExp;
  /** Seconds still counted at the end: 0 when refunded, the video's 8 s when it may be a paid task. */
  used: number;
}

const NOT_SENT = /nothing was charged/;
const CASES: FaultCase[] = [
  {
    fault: "bad_request",
    toast: /did not accept these settings/,
    state: "rejected",
    code: "bad_request",
    message: /did not accept these settings/,
    used: 0,
  },
  {
    fault: "invalid_token",
    toast: /token is not accepted/,
    state: "rejected",
    code: "invalid_token",
    message: /Ask an admin/,
    used: 0,
  },
  {
    fault: "used_up",
    toast: /balance is used up/,
    state: "rejected",
    code: "used_up",
    message: /Ask an admin to top it up/,
    used: 0,
  },
  {
    fault: "forbidden",
    toast: /content moderation/,
    state: "rejected",
    code: "forbidden",
    message: /Try rewording it/,
    used: 0,
  },
  {
    fault: "server_error",
    toast: /problem on its side/,
    state: "failed",
    code: "api_error",
    message: NOT_SENT,
    used: 0,
  },
  // Lost answers: unknown at first ("Checking with Grok…"), then the provider's list shows no such
  // task, so it fails and is refunded — never re-sent.
  {
    fault: "gateway_timeout",
    toast: /Checking with Grok/,
    state: "failed",
    code: "task_not_found",
    message: /no record of this video/,
    used: 0,
  },
  {
    fault: "malformed_json",
    toast: /Checking with Grok/,
    state: "failed",
    code: "task_not_found",
    message: /no record of this video/,
    used: 0,
  },
  {
    fault: "missing_task_id",
    toast: /Checking with Grok/,
    state: "failed",
    code: "task_not_found",
    message: /no record of this video/,
    used: 0,
  },
  {
    fault: "hang",
    toast: /Checking with Grok/,
    state: "failed",
    code: "task_not_found",
    message: /no record of this video/,
    used: 0,
  },
  // Accepted, then the task itself goes wrong.
  {
    fault: "task_fails",
    toast: /Generating your video/,
    state: "failed",
    code: "forbidden",
    message: /content moderation/,
    used: 0,
  },
  {
    fault: "task_never_finishes",
    toast: /Generating your video/,
    state: "timed_out",
    code: "timed_out",
    message: /took too long.*given back/,
    used: 0,
  },
];

test.describe.configure({ timeout: 90_000 });

for (const c of CASES) {
  test(`submit fault ${c.fault} ends ${c.state}/${c.code}, told plainly, sent once`, async ({
    page,
    baseURL,
    signedIn: { studio, sim },
  }) => {
    const prompt = `Fault ${c.fault} ${randomBytes(4).toString("hex")}: a kite over a field`;

    await sim.inject(c.fault);
    await studio.submit(prompt);
    await expect(page.locator("[data-sonner-toast]").filter({ hasText: c.toast }).first()).toBeVisible({
      timeout: 15_000,
    });

    await expect
      .poll(async () => (await generationByPrompt(page.request, baseURL!, prompt))?.state, {
        timeout: 60_000,
      })
      .toBe(c.state);
    const stored = (await generationByPrompt(page.request, baseURL!, prompt))!;
    expect(stored.errorCode).toBe(c.code);
    expect(stored.errorMessage).toMatch(c.message);
    // Plain words: no HTTP status, no internal code names, no "internal".
    expect(stored.errorMessage).not.toMatch(/HTTP|\b[45]\d\d\b|_|internal|Grok \w+ \(/);

    // The creator sees why, in a card that stays until dismissed.
    const card = page.getByTestId("queue-failure").filter({ hasText: prompt });
    await expect(card.getByTestId("failure-reason")).toHaveText(stored.errorMessage!);
    await expect(card.getByTestId("try-again")).toBeVisible();

    expect(await sim.submitsFor(prompt)).toBe(1);
    expect(await usedSeconds(page.request, baseURL!)).toBe(c.used);
    await sim.clearFaults();
  });
}

for (const fault of ["accept_then_hang", "accept_then_malformed"]) {
  test(`a lost answer (${fault}) whose task exists is attached by the callback: ready, one POST, no refund`, async ({
    page,
    baseURL,
    signedIn: { studio, sim },
  }) => {
    const prompt = `Lost answer ${fault} ${randomBytes(4).toString("hex")}: a heron at dawn`;

    await sim.inject(fault);
    await studio.submit(prompt);
    // The task finishes (3 s) before the submit gives up waiting (4 s): the callback may settle it
    // before the creator is even told; either way it is never offered as failed.
    await expect
      .poll(async () => (await generationByPrompt(page.request, baseURL!, prompt))?.state, {
        timeout: 60_000,
      })
      .toBe("ready");
    await expect(page.getByTestId("queue-failure").filter({ hasText: prompt })).toHaveCount(0);
    expect(await sim.submitsFor(prompt)).toBe(1);
    expect(await usedSeconds(page.request, baseURL!)).toBe(8);
  });
}
