/**
 * The whole access matrix, in-process: every server action and route handler (ROWS), called as
 * anonymous, a stranger (a member of another workspace), a stranger naming the team's workspace,
 * and each role of the team. Refused where the permission table says so, with the database
 * unchanged after every refusal; another workspace's ids answer 404. Only the session lookup and
 * Next's request APIs are faked (see lib/testing/access/next-request.ts); a few rows run over
 * HTTP on the production build in e2e/access/access-matrix.spec.ts.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { endpointsInCode } from "@/lib/testing/access/endpoints";
import { inProcessCaller } from "@/lib/testing/access/in-process-caller";
import { ACTORS, expectation, outcome, type Row } from "@/lib/testing/access/matrix";
import { ROWS } from "@/lib/testing/access/matrix-rows";

import { serveAppRoutes } from "@/lib/testing/access/self-server";
import { fingerprint, seedWorld, type World } from "@/lib/testing/access/world";

vi.mock("@/lib/auth/session", async () => ({
  currentSession: (await import("@/lib/testing/access/next-request")).currentSession,
}));
vi.mock("next/headers", async () => (await import("@/lib/testing/access/next-request")).nextHeaders);
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (await import("@/lib/testing/access/next-request")).after,
}));

// As the e2e server runs: demo mode (the simulator inside the app), no background workers, no
// mail leaving; tasks outlast the run, so no callback changes a world meanwhile.
const dataDir = mkdtempSync(path.join(tmpdir(), "access-matrix-"));
const ENV: Record<string, string> = {
  AUTH_SECRET: "access-matrix-secret-that-is-long-enough-for-auth-js",
  DATA_DIR: dataDir,
  ACEDATA_API_TOKEN: "",
  APP_URL: "",
  SMTP_URL: "",
  STORAGE_DRIVER: "local",
  WORKERS: "off",
  DEMO_TASK_DURATION_MS: String(10 * 60_000),
};
const previousEnv = Object.fromEntries(Object.keys({ ...ENV, PORT: "" }).map((k) => [k, process.env[k]]));
Object.assign(process.env, ENV);

let t: TestDatabase;
let self: Awaited<ReturnType<typeof serveAppRoutes>>;
let calls = 0;
const started = Date.now();

beforeAll(async () => {
  t = await openTestDatabase();
  globalThis.__database =
    "pglite" in t.engine ? { prisma: t.db, pglite: t.engine.pglite } : { prisma: t.db, url: t.engine.url };
  self = await serveAppRoutes();
  process.env.PORT = String(self.port);
});

afterAll(async () => {
  console.log(
    `[access matrix] ${ROWS.length} rows × ${ACTORS.length} callers = ${calls} calls in-process ` +
      `on ${t?.kind} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  globalThis.__demoSimulator?.stop();
  await clipsMade(path.join(dataDir, "simulator", "clips"));
  const boss = await globalThis.__jobEngine?.catch(() => undefined);
  await boss?.stop({ graceful: false, wait: true, timeout: 1_000 });
  await self?.close();
  for (const key of ["__jobEngine", "__demoSimulator", "__grokClient", "__storage", "__database"] as const)
    globalThis[key] = undefined;
  await t?.close();
  for (const [key, value] of Object.entries(previousEnv))
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  rmSync(dataDir, { recursive: true, force: true });
});

/** The simulator makes a clip for each accepted task in the background (ffmpeg): let it finish first. */
async function clipsMade(dir: string, deadline = Date.now() + 60_000) {
  const making = () => existsSync(dir) && readdirSync(dir).some((f) => f.endsWith(".partial"));
  while (making()) {
    if (Date.now() > deadline) throw new Error(`The simulator's clips in ${dir} were not made in time`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("the access matrix, in-process", () => {
  it("has a row for every server action and route handler, and only for endpoints that exist", () => {
    const inCode = endpointsInCode();
    const inMatrix = new Set(ROWS.map((r) => r.source));
    expect(
      inCode.filter((s) => !inMatrix.has(s)),
      "endpoints without a row",
    ).toEqual([]);
    expect(
      [...inMatrix].filter((s) => !inCode.includes(s)),
      "rows for endpoints that no longer exist",
    ).toEqual([]);
  });

  it.each(ROWS.map((row) => [`${row.label} [${row.source}]`, row] as const))(
    "%s: each caller allowed or refused as the permission table says, refusals change nothing",
    async (_name, row) => {
      const failures = await runRow(row);
      expect(failures).toEqual([]);
    },
  );
});

/**
 * Every caller on `row`, each on a world as seeded (and prepared). A world is used again by the
 * next caller only while every call on it left it exactly as it was (its fingerprint): a refusal
 * that changed nothing leaves nothing for the next caller to trip over.
 */
async function runRow(row: Row): Promise<string[]> {
  const failures: string[] = [];
  let world: World | null = null;
  let pristine = "";
  for (const actor of ACTORS) {
    if (!world) {
      world = await seedWorld(t.db);
      await row.prepare?.(t.db, world);
      pristine = await fingerprint(t.db, world);
    }
    const want = expectation(row, actor);
    const teamBefore = want === "own" ? await fingerprint(t.db, world, "team") : "";
    const answer = await row.call(inProcessCaller(world, actor, row), world);
    calls++;
    const after = await fingerprint(t.db, world);
    const got = outcome(answer);
    const where = `as ${actor}`;
    if (answer.status >= 500)
      failures.push(`${where}: server error ${answer.status} ${answer.raw.slice(0, 400)}`);
    if (want === "public") {
      if (actor === "anonymous" && after !== pristine) failures.push(`${where}: changed the database`);
    } else if (want === "own") {
      if ((await fingerprint(t.db, world, "team")) !== teamBefore)
        failures.push(`${where}: changed the team's data from outside it`);
      if (answer.raw.includes(world.memberVideo) || answer.raw.includes(world.ownerVideo))
        failures.push(`${where}: answered with the team's videos`);
    } else {
      if (got !== want) failures.push(`${where}: expected ${want}, got ${got} ${answer.raw.slice(0, 160)}`);
      if (want !== "ok" && after !== pristine)
        failures.push(`${where}: refused (${got}) but the database changed`);
    }
    if (after !== pristine) world = null;
  }
  return failures;
}
