import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type PgBoss from "pg-boss";
import { createScratchDatabase } from "@/lib/testing/scratch-database";
import { keepTrying } from "@/lib/workers/keep-trying";
import { startBoss } from "./boss";

/**
 * Two instances starting together on a fresh database: pg-boss creates its schema and the studio's
 * queues from both at once, and PostgreSQL may answer one of them with a deadlock (40P01). The
 * studio's start (lib/workers/app-workers.ts) keeps trying; here both engines of each of 10 pairs
 * must end up running, and the test prints how many first tries failed.
 */
const SERVER = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
const started: PgBoss[] = [];

beforeAll(async () => {
  scratch = await createScratchDatabase(SERVER, "studio_paired");
});
afterAll(async () => {
  await Promise.all(started.map((boss) => boss.stop({ graceful: false, wait: true }).catch(() => undefined)));
  await scratch.drop();
});

describe("two instances starting at once on a fresh database", () => {
  it("both run in 10 of 10 pairs, however many first tries deadlock", async () => {
    let failedFirstTries = 0;
    const errors = new Set<string>();
    for (let pair = 0; pair < 10; pair++) {
      const schema = `paired_${randomBytes(4).toString("hex")}`;
      const start = () =>
        keepTrying(() => startBoss({ url: scratch.url }, { schema, supervise: false }), {
          firstDelayMs: 50,
          onFailure: (error, attempt) => {
            if (attempt === 1) failedFirstTries++;
            errors.add((error as Error).message.split("\n")[0]!);
          },
        });
      const bosses = await Promise.all([start(), start()]);
      started.push(...bosses);
      for (const boss of bosses) expect(await boss.getQueue("dispatch")).toMatchObject({ name: "dispatch" });
    }
    console.log(
      `[paired starts] first tries that failed: ${failedFirstTries} of 20 (${[...errors].join("; ") || "none"})`,
    );
  }, 120_000);
});
