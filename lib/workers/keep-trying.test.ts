import { describe, expect, it } from "vitest";
import { keepTrying } from "./keep-trying";

describe("keepTrying", () => {
  it("tries again after each failure, waiting twice as long each time up to the cap, until it runs", async () => {
    const waits: number[] = [];
    const failures: number[] = [];
    let calls = 0;
    const result = await keepTrying(
      async () => {
        if (++calls < 8) throw new Error(`deadlock detected (${calls})`);
        return "running";
      },
      {
        sleep: async (ms) => void waits.push(ms),
        random: () => 0.5,
        onFailure: (_error, attempt) => failures.push(attempt),
      },
    );
    expect(result).toBe("running");
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    expect(failures).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it("spreads the waits of instances that failed together", async () => {
    const waits: number[] = [];
    let calls = 0;
    await keepTrying(
      async () => {
        if (++calls < 3) throw new Error("down");
      },
      { sleep: async (ms) => void waits.push(ms), random: () => 0 },
    );
    expect(waits).toEqual([800, 1_600]);
  });

  it("gives up at once on an error no wait can fix", async () => {
    const busy = new Error("the embedded database is in use by another process");
    await expect(
      keepTrying(
        async () => {
          throw busy;
        },
        { giveUpOn: (error) => error === busy, sleep: async () => undefined },
      ),
    ).rejects.toBe(busy);
  });
});
