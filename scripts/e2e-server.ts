/**
 * Starts the app for Playwright exactly as production runs it: `next build`, a fresh data folder,
 * a fresh database (a scratch database on TEST_DATABASE_URL's server, or embedded PGlite),
 * migrations, then `next start` — started directly so stopping it really stops it.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "../lib/db/migrate";
import { openAdapter, resolveDatabaseTarget } from "../lib/db/adapter";
import { createScratchDatabase } from "../lib/testing/scratch-database";

const port = process.env.E2E_PORT ?? "3100";
const dataDir = path.resolve(".test-data", `e2e-${Date.now().toString(36)}`);
mkdirSync(dataDir, { recursive: true });

const cleanups: Array<() => Promise<void> | void> = [() => rmSync(dataDir, { recursive: true, force: true })];
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));

const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  DATA_DIR: dataDir,
  AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-that-is-long-enough-for-auth-js",
  // Demo mode against the built-in simulator, with quick tasks so the suite stays fast.
  ACEDATA_API_TOKEN: "",
  DEMO_TASK_DURATION_MS: process.env.DEMO_TASK_DURATION_MS ?? "3000",
  SIMULATOR_CONTROL: "1",
  // Short waits so the fault suite sees lost answers and deadlines settle within a test.
  ACEDATA_SUBMIT_TIMEOUT_SECONDS: "4",
  TASK_GRACE_SECONDS: "5",
  GENERATION_TIMEOUT_MINUTES: "0.3",
  // Poll from the start, as the progress specs watch a task move through "Generating" (only a poll
  // sees that step); waiting for callbacks first is covered in lib/workers/workers.int.test.ts.
  CALLBACK_WAIT_SECONDS: "0",
  // Inbox mail goes out a second after the news, not half a minute (still batched within it).
  INBOX_MAIL_DELAY_SECONDS: "1",
  APP_URL: process.env.APP_URL ?? `http://127.0.0.1:${port}`,
  PORT: port,
};

// The build reads no database (no page is prerendered from data), so it comes first.
// E2E_BUILD_NODE=22 builds on the registry's Node 22: CI's Node floor check then starts that same
// build (it reads `.next/built-with-node`) instead of making a second one.
if (process.env.E2E_SKIP_BUILD !== "1") {
  // Built as a release (README, "Several instances"): every server the suite starts takes this id
  // from the build, and e2e/instances checks the recipe and the refusal of another id.
  // STUDIO_SUITE_BUILD: no second type check and no build cache (next.config.ts).
  const buildEnv = {
    ...env,
    DEPLOYMENT_ID: process.env.DEPLOYMENT_ID ?? "e2e-release",
    STUDIO_SUITE_BUILD: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const nodeVersion = process.env.E2E_BUILD_NODE;
  const [command, args] = nodeVersion
    ? ["npx", ["-y", `node@${nodeVersion}`, "node_modules/next/dist/bin/next", "build"]]
    : ["node_modules/.bin/next", ["build"]];
  const build = spawnSync(command, args, { stdio: "inherit", env: buildEnv });
  if (build.status !== 0) await stop(build.status ?? 1);
  const builtWith = nodeVersion
    ? spawnSync("npx", ["-y", `node@${nodeVersion}`, "--version"], { encoding: "utf8" }).stdout.trim()
    : process.version;
  writeFileSync(path.resolve(".next", "built-with-node"), `${builtWith}\n`);
}

if (process.env.TEST_DATABASE_URL) {
  const scratch = await createScratchDatabase(process.env.TEST_DATABASE_URL, "studio_e2e");
  cleanups.push(() => scratch.drop());
  env.DATABASE_URL = scratch.url;
} else {
  delete env.DATABASE_URL;
}

const adapter = await openAdapter(resolveDatabaseTarget(env.DATABASE_URL, dataDir));
await applyMigrations({ factory: adapter.factory });
await adapter.close();

const server = spawn("node_modules/.bin/next", ["start", "-p", port, "-H", "127.0.0.1"], {
  stdio: "inherit",
  env,
});
cleanups.push(() => {
  server.kill("SIGTERM");
});
// The server's PID at a known path, `.test-data/e2e-server-<port>.pid`, so a spec can read its
// memory from /proc/<pid>/status. Removed on stop.
const pidFile = path.resolve(".test-data", `e2e-server-${port}.pid`);
if (server.pid !== undefined) writeFileSync(pidFile, String(server.pid));
cleanups.push(() => rmSync(pidFile, { force: true }));
server.on("exit", (code) => void stop(code ?? 0));
