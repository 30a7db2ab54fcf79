/**
 * Where each shot of a storyboard stands, from its takes alone: the one reading of a storyboard
 * that the run (advance-run.ts) acts on and the page shows. Pure, so both sides agree and it is
 * tested without a database.
 */

/** A take as the storyboard sees it: `ready` once our copy is stored (a continued shot needs it). */
export interface TakeFacts {
  id: string;
  phase: "active" | "ready" | "failed";
  createdAt: Date;
  deleted: boolean;
}

export interface ShotFacts {
  id: string;
  continues: boolean;
  chosenTakeId: string | null;
  /** The previous shot's take the newest take of this shot started from. */
  startFromTakeId: string | null;
  /** Every take, deleted ones too, oldest first. */
  takes: TakeFacts[];
}

export type ShotStatus =
  /** Has a take the film can use (`take`); `generating`: another take is on its way. */
  | { kind: "ready"; take: string; generating: boolean }
  /** Its newest take is queued, running or being copied. */
  | { kind: "generating"; take: string }
  /** Its newest take failed during this run; the shots continuing from it wait for Resume. */
  | { kind: "failed"; take: string }
  /** Continues from the previous shot, which has no ready take yet. */
  | { kind: "waiting" }
  /** Continues from a shot that failed (or waits on one). */
  | { kind: "blocked" }
  /** Nothing stands in its way: a run sends it now. */
  | { kind: "todo" };

/** The take a shot's film part uses: the chosen one while it is ready, else its newest ready take. */
export function usableTake(shot: ShotFacts): TakeFacts | undefined {
  const ready = shot.takes.filter((t) => t.phase === "ready" && !t.deleted);
  return ready.find((t) => t.id === shot.chosenTakeId) ?? ready.at(-1);
}

/** `runStartedAt`: failures older than the run (or its resume) are history, not a stop. */
export function shotStatuses(shots: ShotFacts[], runStartedAt: Date | null): ShotStatus[] {
  const statuses: ShotStatus[] = [];
  shots.forEach((shot, index) => {
    const newest = shot.takes.filter((t) => !t.deleted).at(-1);
    const usable = usableTake(shot);
    const generating = newest?.phase === "active";
    if (usable) {
      statuses.push({ kind: "ready", take: usable.id, generating });
    } else if (newest && generating) {
      statuses.push({ kind: "generating", take: newest.id });
    } else if (newest?.phase === "failed" && runStartedAt && newest.createdAt >= runStartedAt) {
      statuses.push({ kind: "failed", take: newest.id });
    } else if (shot.continues && index > 0) {
      const previous = statuses[index - 1]!;
      statuses.push(
        previous.kind === "ready"
          ? { kind: "todo" }
          : previous.kind === "failed" || previous.kind === "blocked"
            ? { kind: "blocked" }
            : { kind: "waiting" },
      );
    } else {
      statuses.push({ kind: "todo" });
    }
  });
  return statuses;
}

/**
 * A continued shot whose newest take started from a take of the previous shot that the film no
 * longer uses: it "starts from an older frame" and is offered a new take (never remade silently).
 */
export function startsFromOlderFrame(shots: ShotFacts[], index: number): boolean {
  const shot = shots[index];
  if (!shot?.continues || index === 0 || !shot.startFromTakeId) return false;
  const previous = usableTake(shots[index - 1]!);
  return previous !== undefined && previous.id !== shot.startFromTakeId;
}

/** Where the run stands once its statuses are known: still going, all done, or stopped. */
export function runOutcome(statuses: ShotStatus[]): "running" | "done" | "stopped" {
  if (statuses.some((s) => s.kind === "todo" || s.kind === "generating" || s.kind === "waiting"))
    return "running";
  return statuses.every((s) => s.kind === "ready") ? "done" : "stopped";
}

/**
 * The one idempotency key of the take a run sends for a shot: derived from the shot's newest take
 * (deleted ones too), so a run that dies after the send and runs again finds the same row, while a
 * Resume after a failed take makes a new key.
 */
export const runTakeKey = (shot: ShotFacts) => `shot:${shot.id}:after:${shot.takes.at(-1)?.id ?? "none"}`;
