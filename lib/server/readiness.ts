import "server-only";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { getStorage, randomKey } from "@/lib/storage";
import { backgroundWork, type BackgroundWork } from "@/lib/workers/heartbeat";
import { workersState } from "@/lib/workers/app-workers";

export type CheckState = "ok" | "failing" | "skipped";
export interface Check {
  state: CheckState;
  detail: string;
}

export interface Readiness {
  ready: boolean;
  checks: { database: Check; migrations: Check; jobs: Check; storage: Check };
  /** Across every instance: informative, never a reason to take this one out of rotation. */
  background: BackgroundWork | null;
}

const CHECK_TIMEOUT_MS = 5_000;

/** Runs `probe` with a deadline; an error or a timeout is a failing check with its message. */
async function check(probe: () => Promise<Check>): Promise<Check> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Check>((resolve) => {
    timer = setTimeout(
      () => resolve({ state: "failing", detail: `no answer within ${CHECK_TIMEOUT_MS} ms` }),
      CHECK_TIMEOUT_MS,
    );
  });
  try {
    return await Promise.race([probe(), deadline]);
  } catch (error) {
    return { state: "failing", detail: lastLine(error instanceof Error ? error.message : String(error)) };
  } finally {
    clearTimeout(timer);
  }
}

/** Prisma's messages start with where the call was made; the last line says what went wrong. */
const lastLine = (message: string) =>
  message
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1) ?? message;

async function databaseCheck(): Promise<Check> {
  await db.$queryRaw`SELECT 1`;
  return { state: "ok", detail: "answers" };
}

/** Every migration folder shipped with this release is recorded as applied (and none failed). */
async function migrationsCheck(): Promise<Check> {
  const dir = path.resolve("prisma/migrations");
  const shipped = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
    : [];
  const applied = await db.$queryRaw<Array<{ migration_name: string }>>`
    SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  const done = new Set(applied.map((row) => row.migration_name));
  const pending = shipped.filter((name) => !done.has(name));
  if (pending.length > 0)
    return { state: "failing", detail: `not applied: ${pending.join(", ")} (run npm run db:migrate)` };
  return { state: "ok", detail: `${shipped.length} applied` };
}

function jobsCheck(): Check {
  if (env().WORKERS === "off")
    return { state: "skipped", detail: "WORKERS=off: npm run worker processes do it" };
  const current = workersState();
  switch (current.state) {
    case "running":
      return { state: "ok", detail: `running since ${current.since}` };
    case "retrying":
      return {
        state: "failing",
        detail: `did not start (${current.attempts} attempts): ${lastLine(current.lastError)}; next try at ${current.nextTryAt}`,
      };
    default:
      return { state: "failing", detail: current.state === "starting" ? "starting" : "not started" };
  }
}

/** Writes, reads back and deletes a small object where videos are kept. */
async function storageCheck(): Promise<Check> {
  const files = getStorage();
  const key = randomKey("readiness", "txt");
  await files.put(key, Buffer.from("ok"), { contentType: "text/plain" });
  try {
    if (!(await files.head(key))) return { state: "failing", detail: "a file just written cannot be found" };
  } finally {
    await files.delete(key);
  }
  return { state: "ok", detail: `${files.kind}: writable` };
}

export async function readiness(): Promise<Readiness> {
  const [database, migrations, storageState] = await Promise.all([
    check(databaseCheck),
    check(migrationsCheck),
    check(storageCheck),
  ]);
  const jobs = jobsCheck();
  const checks = { database, migrations, jobs, storage: storageState };
  const background = database.state === "ok" ? await backgroundWork(db).catch(() => null) : null;
  return { ready: Object.values(checks).every((c) => c.state !== "failing"), checks, background };
}
