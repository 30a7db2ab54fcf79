import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  transition,
  type GenerationEvent,
  type GenerationSnapshot,
  type GenerationState,
  type TaskObservation,
} from "./state-machine";

const at = new Date("2026-01-01T00:00:00Z");
const task = (status: TaskObservation["status"], extra: Partial<TaskObservation> = {}): GenerationEvent => ({
  type: "observed",
  at,
  task: {
    taskId: "t1",
    status,
    ...(status === "succeeded" ? { videoUrl: "https://cdn.acedata.cloud/v.mp4" } : {}),
    ...extra,
  },
});
const run = (events: GenerationEvent[], start: GenerationSnapshot = { state: "queued", taskId: null }) => {
  const seen: GenerationState[] = [start.state];
  let current = start;
  for (const event of events) {
    const patch = transition(current, event);
    if (patch) {
      current = { state: patch.state, taskId: patch.taskId ?? current.taskId };
      seen.push(current.state);
    }
  }
  return { final: current.state, seen };
};

describe("transition", () => {
  it("walks the happy path queued → submitted → running → succeeded → ready", () => {
    const { seen } = run([
      { type: "accepted", taskId: "t1", at },
      task("running"),
      task("succeeded"),
      { type: "mirrored", videoAssetId: "a1", at },
    ]);
    expect(seen).toEqual(["queued", "submitted", "running", "succeeded", "ready"]);
  });

  it("records the upstream's refusal and the reason", () => {
    expect(
      transition(
        { state: "queued", taskId: null },
        { type: "rejected", code: "forbidden", message: "Refused", at },
      ),
    ).toMatchObject({
      state: "rejected",
      errorCode: "forbidden",
      errorMessage: "Refused",
    });
  });

  it("never re-sends: an unknown outcome only moves on when the task is seen", () => {
    expect(
      transition({ state: "unknown", taskId: null }, { type: "rejected", code: "x", message: "y", at }),
    ).toBeNull();
    expect(transition({ state: "unknown", taskId: null }, task("running"))).toMatchObject({
      state: "running",
      taskId: "t1",
    });
  });

  it("ignores a task reported for a different id", () => {
    expect(
      transition({ state: "submitted", taskId: "t1" }, {
        ...task("succeeded"),
        task: { taskId: "other", status: "succeeded", videoUrl: "https://x/v.mp4" },
      } as GenerationEvent),
    ).toBeNull();
  });

  it("ignores a success without a video URL", () => {
    expect(
      transition({ state: "running", taskId: "t1" }, task("succeeded", { videoUrl: undefined })),
    ).toBeNull();
  });

  it("times out only what is still pending, and a late video still wins", () => {
    expect(transition({ state: "running", taskId: "t1" }, { type: "deadline_passed", at })?.state).toBe(
      "timed_out",
    );
    expect(transition({ state: "ready", taskId: "t1" }, { type: "deadline_passed", at })).toBeNull();
    expect(transition({ state: "timed_out", taskId: "t1" }, task("succeeded"))?.state).toBe("succeeded");
  });

  it("keeps the seconds of a timed-out task the provider may still make, gives back only what was never sent", () => {
    const timeout = (snapshot: Parameters<typeof transition>[0]) =>
      transition(snapshot, { type: "deadline_passed", at });
    expect(timeout({ state: "running", taskId: "t1" })).toMatchObject({ refund: false });
    expect(timeout({ state: "submitted", taskId: "t1" })).toMatchObject({ refund: false });
    expect(timeout({ state: "unknown", taskId: null })).toMatchObject({ refund: false });
    expect(timeout({ state: "queued", taskId: null, sendStartedAt: at })).toMatchObject({ refund: false });
    expect(timeout({ state: "queued", taskId: null })).toMatchObject({ refund: true });
  });

  it("cancels only what was never sent", () => {
    expect(transition({ state: "queued", taskId: null }, { type: "canceled", at })?.state).toBe("canceled");
    expect(transition({ state: "submitted", taskId: "t1" }, { type: "canceled", at })).toBeNull();
  });
});

const RANK = ["queued", "unknown", "submitted", "running", "timed_out", "failed", "succeeded", "ready"];

describe("transition under any order of callbacks and polls (property)", () => {
  it("reaches the task's one final state and never moves backwards", () => {
    const outcome = fc.constantFrom<"succeeded" | "failed">("succeeded", "failed");
    fc.assert(
      fc.property(outcome, fc.array(fc.nat(3), { minLength: 1, maxLength: 30 }), (final, picks) => {
        // Every observation the upstream could report for this task, delivered in any order,
        // any number of times; the final one is always delivered at least once.
        const observations = [
          task("pending"),
          task("running"),
          task(final, final === "failed" ? { errorCode: "boom" } : {}),
        ];
        const events: GenerationEvent[] = [
          { type: "accepted", taskId: "t1", at },
          ...picks.map((i) => observations[i % 3]!),
          observations[2]!,
          ...picks.map((i) => observations[(i + 1) % 3]!),
        ];
        const { final: reached, seen } = run(events);
        expect(reached).toBe(final);
        const ranks = seen.map((s) => RANK.indexOf(s));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
    );
  });
});
