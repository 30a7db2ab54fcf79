import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createGrokClient } from "@/lib/grok/client";
import type { FaultKind } from "@/lib/grok/simulator/faults";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { newKey, settings, SIM_TOKEN, startLifecycleHarness, waitFor } from "@/lib/testing/lifecycle-harness";
import { memberUsage } from "@/lib/usage/member-usage";
import { pollGenerations } from "./poll-generations";
import { getGeneration } from "./list-generations";
import { TASK_GRACE_MS } from "./next-poll";
import { isActive, type GenerationState } from "./state-machine";
import { submitGeneration } from "./submit-generation";

/**
 * Every way a submit can go wrong (a 429 is no failure: see dispatch.int.test.ts), through the real
 * submit, send, callback and poll code against the simulator over real HTTP, callbacks on as in
 * production: what the creator is told at once, the state, code and words they read at the end,
 * exactly one upstream POST, and whether the seconds were given back. A submit's own wait is real
 * (short only where it is meant to run out); the grace and the deadline are production's, reached
 * by looking with a clock set past them. Two of these also run through the UI on the production
 * build (e2e/lifecycle/faults.spec.ts).
 */
/** A submit's wait for an answer the simulator does give: never the thing that runs out here. */
const PATIENT_MS = 15_000;
/** For the faults where the answer never comes, so waiting it out is the case. */
const SHORT_WAIT_MS = 500;
/** Far longer than recording any answer or a short wait, so the creator is told before it ends. */
const TASK_MS = 2_500;
const GRACE_MS = TASK_GRACE_MS;
const DEADLINE_MS = 15 * 60_000;
const DURATION_SEC = 8;

/** What settles it after the submit returns. */
type SettledBy =
  | "submit" // refused, or certainly not sent
  | "callback" // the task ends upstream and its callback is re-read
  | "poll past the grace" // the provider's list has no such task, and the grace is over
  | "poll past the deadline"; // the task never ends

interface FaultCase {
  fault: FaultKind;
  /** The upstream never answers: the submit gives up after its (short) wait. */
  unanswered?: true;
  /** The submit's outcome, which picks the creator's toast (components/studio/announce-outcome.ts). */
  toldAtOnce: GenerationState;
  /** The outcome's words: a refusal's toast, or the "Checking with Grok…" toast's description. */
  toast: RegExp | null;
  settledBy: SettledBy;
  state: GenerationState;
  code: string | null;
  /** What the failure card says (the stored message the studio shows). */
  message: RegExp | null;
  /** The seconds are given back: nothing can have been charged. */
  refunded: boolean;
}

const NOT_SENT = /nothing was charged/;
const MAYBE_MADE = /may still be created.*not be sent twice/;
const NO_RECORD = /no record of this video/;
const refused = (fault: FaultKind, toast: RegExp, code: string, message: RegExp): FaultCase => ({
  fault,
  toldAtOnce: "rejected",
  toast,
  settledBy: "submit",
  state: "rejected",
  code,
  message,
  refunded: true,
});
const lostNoTask = (fault: FaultKind, unanswered?: true): FaultCase => ({
  fault,
  unanswered,
  toldAtOnce: "unknown",
  toast: MAYBE_MADE,
  settledBy: "poll past the grace",
  state: "failed",
  code: "task_not_found",
  message: NO_RECORD,
  refunded: true,
});
const lostWithTask = (fault: FaultKind, unanswered?: true): FaultCase => ({
  fault,
  unanswered,
  toldAtOnce: "unknown",
  toast: MAYBE_MADE,
  settledBy: "callback",
  // Playable; copying it into our storage (→ ready) is mirror-video's business.
  state: "succeeded",
  code: null,
  message: null,
  refunded: false,
});

const CASES: FaultCase[] = [
  refused("bad_request", /did not accept these settings/, "bad_request", /did not accept these settings/),
  refused("invalid_token", /token is not accepted/, "invalid_token", /Ask an admin/),
  refused("used_up", /balance is used up/, "used_up", /Ask an admin to top it up/),
  refused("forbidden", /content moderation/, "forbidden", /Try rewording it/),
  {
    fault: "server_error",
    toldAtOnce: "failed",
    toast: /problem on its side/,
    settledBy: "submit",
    state: "failed",
    code: "api_error",
    message: NOT_SENT,
    refunded: true,
  },
  // Lost answers and no task made: unknown at first, then the provider's list shows no such task.
  lostNoTask("gateway_timeout"),
  lostNoTask("malformed_json"),
  lostNoTask("missing_task_id"),
  lostNoTask("hang", true),
  // Lost answers whose task exists: its callback attaches it. Never re-sent, never refunded.
  lostWithTask("accept_then_hang", true),
  lostWithTask("accept_then_malformed"),
  // Accepted, then the task itself goes wrong.
  {
    fault: "task_fails",
    toldAtOnce: "submitted",
    toast: null,
    settledBy: "callback",
    state: "failed",
    code: "forbidden",
    message: /content moderation/,
    refunded: true,
  },
  {
    fault: "task_never_finishes",
    toldAtOnce: "submitted",
    toast: null,
    settledBy: "poll past the deadline",
    state: "timed_out",
    code: "timed_out",
    // Grok still has the task and may yet make it (and charge): its seconds are kept.
    message: /took too long.*not given back/,
    refunded: false,
  },
];

let t: TestDatabase;
let h: Awaited<ReturnType<typeof startLifecycleHarness>>;
let shortWaitGrok: ReturnType<typeof createGrokClient>;
beforeAll(async () => {
  t = await openTestDatabase();
  h = await startLifecycleHarness(t.db, { taskDurationMs: TASK_MS, submitTimeoutMs: PATIENT_MS });
  shortWaitGrok = createGrokClient({ baseUrl: h.sim.url, token: SIM_TOKEN, submitTimeoutMs: SHORT_WAIT_MS });
});
afterEach(() => h.sim.simulator.clearFaults());
afterAll(async () => {
  await h.close();
  await t.close();
});

const row = (id: string) => t.db.generation.findUniqueOrThrow({ where: { id } });
const usage = async (id: string) =>
  (await t.db.usageEvent.findMany({ where: { generationId: id }, orderBy: { createdAt: "asc" } })).map(
    (e) => `${e.kind} ${e.seconds}`,
  );
const submitWait = (c: FaultCase) => (c.unanswered ? SHORT_WAIT_MS : PATIENT_MS);
/** The `check` job for this generation, run as if it were `at` (ms since the epoch). */
const lookAt = (c: FaultCase, id: string, at: number) =>
  pollGenerations(
    {
      db: t.db,
      grok: h.grok,
      submitTimeoutMs: submitWait(c),
      graceMs: GRACE_MS,
      timeoutMs: DEADLINE_MS,
      now: () => new Date(at),
    },
    [id],
  );

/** Polls just before the moment it may be concluded (nothing changes), then just after. */
async function lookAround(c: FaultCase, id: string, moment: number) {
  await lookAt(c, id, moment - 1_000);
  const before = await row(id);
  expect(isActive(before.state), `still ${before.state} before the moment`).toBe(true);
  expect(await usage(id)).toEqual([`requested ${DURATION_SEC}`]);
  await lookAt(c, id, moment + 1_000);
}

async function settle(c: FaultCase, id: string) {
  const g = await row(id);
  switch (c.settledBy) {
    case "submit":
      return;
    case "callback":
      // Logged once its handler has finished with it.
      await waitFor(async () => h.callbacks.some((cb) => cb.generationId === id), 10_000);
      expect(h.callbacks.filter((cb) => cb.generationId === id)).toEqual([{ generationId: id, status: 200 }]);
      return;
    case "poll past the grace":
      return lookAround(c, id, g.sendStartedAt!.getTime() + submitWait(c) + GRACE_MS);
    case "poll past the deadline":
      return lookAround(c, id, g.submittedAt!.getTime() + DEADLINE_MS);
  }
}

describe("a submit that goes wrong", () => {
  for (const c of CASES) {
    it(`${c.fault}: told ${c.toldAtOnce} at once, settled by ${c.settledBy} as ${c.state}/${c.code}, sent once`, async () => {
      const member = await h.member();
      const prompt = `Fault ${c.fault} ${newKey()}: a kite over a field`;
      h.sim.simulator.injectFault({ kind: c.fault, path: "/grok/videos" });

      const deps = c.unanswered ? h.deps({ grok: shortWaitGrok, submitTimeoutMs: SHORT_WAIT_MS }) : h.deps();
      const told = await submitGeneration(deps, {
        ...member,
        idempotencyKey: newKey(),
        settings: settings({ prompt, durationSec: DURATION_SEC }),
      });
      expect(told).toMatchObject({ state: c.toldAtOnce, duplicate: false });
      expect(told.queuePosition).toBeUndefined();
      if (c.toast) expect(told.errorMessage).toMatch(c.toast);
      else expect(told.errorMessage).toBeNull();

      await settle(c, told.generationId);
      // What the studio reads for it (the failure card shows its message).
      const shown = (await getGeneration(t.db, {
        workspaceId: member.workspaceId,
        id: told.generationId,
        signVideoUrl: async (key) => key,
      }))!;
      expect(shown).toMatchObject({ state: c.state, errorCode: c.code });
      if (c.message) {
        expect(shown.phase).toBe("failed");
        expect(shown.errorMessage).toMatch(c.message);
        // Plain words: no HTTP status, no internal code names, no "internal".
        expect(shown.errorMessage).not.toMatch(/HTTP|\b[45]\d\d\b|_|internal|Grok \w+ \(/);
      } else {
        expect(shown.phase).toBe("playable");
        expect(shown.errorMessage).toBeNull();
        expect((await row(told.generationId)).taskId).toBe(
          [...h.sim.simulator.tasks.values()].find((task) => task.submit.prompt === prompt)?.id,
        );
      }

      expect(h.submitsFor(prompt)).toBe(1);
      const refunds = c.refunded ? [`refunded ${DURATION_SEC}`] : [];
      expect(await usage(told.generationId)).toEqual([`requested ${DURATION_SEC}`, ...refunds]);
      expect((await memberUsage(t.db, member)).usedSeconds).toBe(c.refunded ? 0 : DURATION_SEC);
    });
  }
});
