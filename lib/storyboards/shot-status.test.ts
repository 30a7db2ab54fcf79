import { describe, expect, it } from "vitest";
import {
  runOutcome,
  runTakeKey,
  shotStatuses,
  startsFromOlderFrame,
  type ShotFacts,
  type TakeFacts,
} from "./shot-status";

const at = (minute: number) => new Date(Date.UTC(2026, 11, 7, 12, minute));
const take = (id: string, phase: TakeFacts["phase"], minute = 10, deleted = false): TakeFacts => ({
  id,
  phase,
  createdAt: at(minute),
  deleted,
});
const shot = (id: string, takes: TakeFacts[], extra: Partial<ShotFacts> = {}): ShotFacts => ({
  id,
  continues: false,
  chosenTakeId: null,
  startFromTakeId: null,
  takes,
  ...extra,
});
const kinds = (shots: ShotFacts[], runStartedAt: Date | null = at(5)) =>
  shotStatuses(shots, runStartedAt).map((s) => s.kind);

describe("a storyboard's shot statuses", () => {
  it("sends independent shots at once and holds continued shots until the previous one is ready", () => {
    const shots = [shot("a", []), shot("b", [], { continues: true }), shot("c", [])];
    expect(kinds(shots)).toEqual(["todo", "waiting", "todo"]);
    shots[0]!.takes.push(take("a1", "active"));
    expect(kinds(shots)).toEqual(["generating", "waiting", "todo"]);
    shots[0]!.takes[0]!.phase = "ready";
    expect(kinds(shots)).toEqual(["ready", "todo", "todo"]);
  });

  it("a failed shot stops only the shots that continue from it, and only failures of this run count", () => {
    const shots = [
      shot("a", [take("a1", "ready")]),
      shot("b", [take("b1", "failed", 10)], { continues: true }),
      shot("c", [], { continues: true }),
      shot("d", []),
    ];
    const statuses = kinds(shots);
    expect(statuses).toEqual(["ready", "failed", "blocked", "todo"]);
    expect(runOutcome(shotStatuses(shots, at(5)))).toBe("running"); // d still goes
    shots[3]!.takes.push(take("d1", "ready"));
    expect(runOutcome(shotStatuses(shots, at(5)))).toBe("stopped");
    // Resume: the run starts again after the failure, which is then history.
    expect(kinds(shots, at(20))).toEqual(["ready", "todo", "waiting", "ready"]);
  });

  it("uses the chosen take while it is ready, else the newest ready one; deleted takes are not used", () => {
    const s = shot("a", [take("a1", "ready", 1), take("a2", "ready", 2), take("a3", "ready", 3, true)], {
      chosenTakeId: "a1",
    });
    expect(shotStatuses([s], null)[0]).toEqual({ kind: "ready", take: "a1", generating: false });
    s.chosenTakeId = "a3";
    expect(shotStatuses([s], null)[0]).toEqual({ kind: "ready", take: "a2", generating: false });
  });

  it("says a continued shot starts from an older frame when the previous shot's take changed", () => {
    const shots = [
      shot("a", [take("a1", "ready", 1), take("a2", "ready", 2)], { chosenTakeId: "a1" }),
      shot("b", [take("b1", "ready", 3)], { continues: true, startFromTakeId: "a1" }),
    ];
    expect(startsFromOlderFrame(shots, 1)).toBe(false);
    shots[0]!.chosenTakeId = "a2";
    expect(startsFromOlderFrame(shots, 1)).toBe(true);
    shots[1]!.continues = false;
    expect(startsFromOlderFrame(shots, 1)).toBe(false);
  });

  it("keys a run's take by the shot's newest take, deleted ones included", () => {
    const s = shot("b", []);
    expect(runTakeKey(s)).toBe("shot:b:after:none");
    s.takes.push(take("b1", "failed", 1, true));
    expect(runTakeKey(s)).toBe("shot:b:after:b1");
  });
});
