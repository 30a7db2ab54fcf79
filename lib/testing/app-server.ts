/**
 * Servers a test, a benchmark or a screenshot script owns: the PRODUCTION build (`next start` on NEXT_DIST_DIR's build) as
 * its own process with its own data folder and database, which the test may `kill9()`, `stop()`
 * and `restart()` on the same data; and the stand-alone Grok simulator as another process.
 *
 * Modelled on scripts/e2e-server.ts: a fresh DATA_DIR under `.test-data/`, a scratch database on
 * TEST_DATABASE_URL's server when set (else embedded PGlite inside DATA_DIR), migrations applied
 * before the first start. Processes are started directly (never through npx, which would leave the
 * real server running when its wrapper is killed) in their own process group, and the whole group
 * is signalled. `dispose()` removes everything; a process-exit hook kills what a crashed runner
 * left behind.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { applyMigrations } from "../db/migrate";
import { openAdapter, resolveDatabaseTarget } from "../db/adapter";
import { copyDatabase, createScratchDatabase } from "./scratch-database";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const TSX_BIN = path.join(ROOT, "node_modules", ".bin", "tsx");
const SIMULATOR_CLI = path.join(ROOT, "lib", "grok", "simulator", "cli.ts");

/** Fixed, so a session cookie signed before a restart is still valid after it. */
export const TEST_AUTH_SECRET = "lifecycle-e2e-secret-that-is-long-enough-for-auth-js";

// ---------------------------------------------------------------------------------------------
// Process bookkeeping: whatever is still alive when the runner exits is killed (synchronously).

const liveGroups = new Set<number>();
const liveDirs = new Set<string>();
let exitHookInstalled = false;
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once("exit", () => {
    for (const pid of liveGroups) signalGroup(pid, "SIGKILL");
    for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    // Negative: the whole process group (the child was spawned detached, as a group leader).
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/** A bounded copy of a child's output, for error messages and test attachments. */
function captureOutput(child: ChildProcess, sink: string[], label: string) {
  const push = (chunk: Buffer) => {
    sink.push(chunk.toString());
    while (sink.length > 2_000) sink.shift();
    if (process.env.LIFECYCLE_SERVER_LOGS === "1") process.stderr.write(`[${label}] ${chunk.toString()}`);
  };
  child.stdout?.on("data", push);
  child.stderr?.on("data", push);
}

interface Spawned {
  child: ChildProcess;
  exited: Promise<number | null>;
}

function spawnGroup(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  sink: string[],
  label: string,
  cwd = ROOT,
): Spawned {
  installExitHook();
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${command} ${args.join(" ")}`);
  liveGroups.add(pid);
  captureOutput(child, sink, label);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code, signal) => {
      liveGroups.delete(pid);
      sink.push(`\n[${label} exited: code ${code} signal ${signal}]\n`);
      resolve(code);
    }),
  );
  return { child, exited };
}

/** SIGKILLs the whole group and waits for the leader to be reaped. */
async function killGroup(spawned: Spawned) {
  if (spawned.child.pid !== undefined) signalGroup(spawned.child.pid, "SIGKILL");
  await spawned.exited;
}

/** SIGTERM, then SIGKILL after `graceMs` if it has not exited. */
async function terminateGroup(spawned: Spawned, graceMs = 10_000) {
  const pid = spawned.child.pid;
  if (pid === undefined) return;
  signalGroup(pid, "SIGTERM");
  const timedOut = await Promise.race([
    spawned.exited.then(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(true), graceMs).unref()),
  ]);
  if (timedOut) await killGroup(spawned);
  // Children of the group (if any) must not outlive their leader.
  signalGroup(pid, "SIGKILL");
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port the OS says is free right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// ---------------------------------------------------------------------------------------------
// The app.

export interface AppServerOptions {
  /**
   * Variables for the server on top of the runner's environment. `undefined` removes one
   * (APP_URL, say). DATA_DIR, DATABASE_URL, PORT and NODE_ENV are set by the harness.
   */
  env: Record<string, string | undefined>;
  /** Name of the data folder under `.test-data/` (a unique suffix is added). */
  label?: string;
  /** How long to wait for `/sign-in` to answer 200. */
  startTimeoutMs?: number;
  /** Sets APP_URL to the server's own address (its port is only known here): links in mails point to it. */
  appUrlIsSelf?: boolean;
  /** A port chosen beforehand (see `freePort`), when the env must name the URL (APP_URL). */
  port?: number;
  /** Another checkout whose build to start (a benchmark's "before"); this one by default. */
  appDir?: string;
  /**
   * Another instance of the same release: this one uses its database and data folder (which it
   * neither migrates nor removes). That server must be on PostgreSQL (see `postgresUrl`).
   */
  sharing?: AppServer;
  /** A PostgreSQL server for the scratch database, when TEST_DATABASE_URL is not set. */
  postgresUrl?: string;
}

export interface AppServer {
  /** http://127.0.0.1:<port>; the same across restarts. */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** The scratch database's URL, or undefined for embedded PGlite in dataDir. */
  readonly databaseUrl: string | undefined;
  /** PID of the running `next start` process (undefined while stopped). */
  readonly pid: number | undefined;
  readonly running: boolean;
  /** Everything the server processes printed so far (all runs). */
  logs(): string;
  /** SIGKILL: no shutdown hooks, sockets dropped mid-request. */
  kill9(): Promise<void>;
  /** SIGTERM, with SIGKILL after 10 s. */
  stop(): Promise<void>;
  /** Starts it again on the same port, data folder and database (stopping it first if running). */
  restart(): Promise<void>;
  /** Stops it, drops the scratch database and removes the data folder. Safe to call twice. */
  dispose(): Promise<void>;
}

const DATA_DIR_PREFIX = "lifecycle-";
export const DATABASE_PREFIX = "studio_lifecycle";
/** Leftovers of a run that was itself killed (no teardown) are swept once they are this old. */
const STALE_AFTER_MS = 2 * 60 * 60_000;
const isStale = (base36Time: string | undefined) =>
  base36Time !== undefined && Date.now() - parseInt(base36Time, 36) > STALE_AFTER_MS;

function sweepStaleLeftovers() {
  const root = path.join(ROOT, ".test-data");
  if (!existsSync(root)) return;
  for (const name of readdirSync(root)) {
    const match = new RegExp(`^${DATA_DIR_PREFIX}.*-([0-9a-z]+)-[0-9a-z]{1,4}$`).exec(name);
    if (match && isStale(match[1])) rmSync(path.join(root, name), { recursive: true, force: true });
  }
}

export async function dropStaleDatabases(baseUrl: string) {
  const client = new pg.Client({ connectionString: baseUrl });
  try {
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1",
      [`${DATABASE_PREFIX}\\_%`],
    );
    for (const { datname } of rows) {
      // A scratch database, or a copy of the run's template (one more `_<hex>`).
      const match = new RegExp(`^${DATABASE_PREFIX}_([0-9a-z]+)(?:_[0-9a-f]+)+$`).exec(datname);
      if (match && isStale(match[1])) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } catch {
    // Best effort: createScratchDatabase reports an unreachable server clearly.
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The environment common to every lifecycle server: production, a fixed AUTH_SECRET, short waits. */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Never inherited: each test says what it wants.
  for (const key of [
    "APP_URL",
    "DATABASE_URL",
    "DATA_DIR",
    "PORT",
    "RECONCILER",
    "WORKERS",
    "ACEDATA_API_TOKEN",
    "ACEDATA_BASE_URL",
    "ACEDATA_MEDIA_HOSTS",
    "SIMULATOR_CONTROL",
    "DEMO_TASK_DURATION_MS",
    "NODE_OPTIONS",
  ])
    delete env[key];
  return {
    ...env,
    NODE_ENV: "production",
    AUTH_SECRET: TEST_AUTH_SECRET,
    ACEDATA_SUBMIT_TIMEOUT_SECONDS: "4",
    TASK_GRACE_SECONDS: "5",
    GENERATION_TIMEOUT_MINUTES: "0.5",
    // As scripts/e2e-server.ts: poll at the usual pace even where callbacks come.
    CALLBACK_WAIT_SECONDS: "0",
    // Inbox mail goes out a second after the news, not half a minute (still batched within it).
    INBOX_MAIL_DELAY_SECONDS: "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/** A server talking to a real (simulated) upstream by polling only: no APP_URL, so no callbacks. */
export function pollingOnlyEnv(sim: { url: string; token: string }): Record<string, string | undefined> {
  return {
    ACEDATA_API_TOKEN: sim.token,
    ACEDATA_BASE_URL: sim.url,
    ACEDATA_MEDIA_HOSTS: new URL(sim.url).origin,
    APP_URL: undefined,
  };
}

/** Demo mode: the simulator is mounted inside the app, its tasks kept in DATA_DIR/simulator. */
export function demoEnv(taskDurationMs = 10_000): Record<string, string | undefined> {
  return {
    ACEDATA_API_TOKEN: "",
    SIMULATOR_CONTROL: "1",
    DEMO_TASK_DURATION_MS: String(taskDurationMs),
    APP_URL: undefined,
  };
}

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  // The build Playwright's web server made (`.next`), or another one named by NEXT_DIST_DIR.
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  const appDir = options.appDir ? path.resolve(options.appDir) : ROOT;
  if (!existsSync(path.join(appDir, distDir, "BUILD_ID")))
    throw new Error(`No production build in ${distDir}: run NEXT_DIST_DIR=${distDir} next build first.`);

  sweepStaleLeftovers();
  const shared = options.sharing;
  if (shared && !shared.databaseUrl)
    throw new Error("Instances can share a PostgreSQL database only, not PGlite.");
  const dataDir =
    shared?.dataDir ??
    path.join(
      ROOT,
      ".test-data",
      `${DATA_DIR_PREFIX}${options.label ?? "app"}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
    );
  installExitHook();
  if (!shared) {
    mkdirSync(dataDir, { recursive: true });
    liveDirs.add(dataDir);
  }

  // Undone in this order: the server first, then its folder (quick, synchronous), then the database.
  let killServer: (() => Promise<void>) | undefined;
  let dropDatabase: (() => Promise<void>) | undefined;
  let cleaned = false;
  const runCleanups = async () => {
    if (cleaned) return;
    cleaned = true;
    await killServer?.().catch(() => undefined);
    if (shared) return; // the owner removes them
    rmSync(dataDir, { recursive: true, force: true });
    liveDirs.delete(dataDir);
    await dropDatabase?.().catch(() => undefined);
  };

  try {
    let databaseUrl: string | undefined = shared?.databaseUrl;
    const postgres = options.postgresUrl ?? process.env.TEST_DATABASE_URL;
    const template = process.env.E2E_TEMPLATE_DATABASE_URL;
    if (shared) {
      // Migrated by the instance that made it.
    } else if (process.env.TEST_DATABASE_URL && template) {
      // A copy of the run's migrated template (global-setup.ts).
      const copy = await copyDatabase(template);
      dropDatabase = () => copy.drop();
      databaseUrl = copy.url;
    } else {
      if (postgres) {
        await dropStaleDatabases(postgres);
        const scratch = await createScratchDatabase(postgres, DATABASE_PREFIX);
        dropDatabase = () => scratch.drop();
        databaseUrl = scratch.url;
      }
      const adapter = await openAdapter(resolveDatabaseTarget(databaseUrl, dataDir));
      try {
        await applyMigrations({ factory: adapter.factory });
      } finally {
        await adapter.close();
      }
    }

    const port = options.port ?? (await freePort());
    const url = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = { ...baseEnv(), NEXT_DIST_DIR: distDir };
    for (const [key, value] of Object.entries(options.env)) {
      if (value === undefined) delete env[key];
      else env[key] = value;
    }
    Object.assign(env, { DATA_DIR: dataDir, PORT: String(port) });
    if (options.appUrlIsSelf) env.APP_URL = url;
    if (databaseUrl) env.DATABASE_URL = databaseUrl;
    else delete env.DATABASE_URL;

    const output: string[] = [];
    let current: Spawned | undefined;
    let runs = 0;

    const launch = async () => {
      runs++;
      output.push(`\n[app run ${runs} on port ${port}]\n`);
      const spawned = spawnGroup(
        path.join(appDir, "node_modules", ".bin", "next"),
        ["start", "-p", String(port), "-H", "127.0.0.1"],
        env,
        output,
        `app:${port}`,
        appDir,
      );
      current = spawned;
      let exitedEarly = false;
      void spawned.exited.then(() => {
        exitedEarly = true;
      });
      const deadline = Date.now() + (options.startTimeoutMs ?? 60_000);
      while (Date.now() < deadline) {
        if (exitedEarly) break;
        try {
          const response = await fetch(`${url}/sign-in`, {
            redirect: "manual",
            signal: AbortSignal.timeout(5_000),
          });
          await response.arrayBuffer().catch(() => undefined);
          if (response.status === 200) return;
        } catch {
          // not listening yet
        }
        await sleep(200);
      }
      await killGroup(spawned).catch(() => undefined);
      current = undefined;
      throw new Error(
        `The app did not answer 200 on ${url}/sign-in ${exitedEarly ? "(it exited)" : "in time"}.\n` +
          output.join("").slice(-6_000),
      );
    };

    const server: AppServer = {
      url,
      port,
      dataDir,
      databaseUrl,
      get pid() {
        return current?.child.pid;
      },
      get running() {
        return current !== undefined;
      },
      logs: () => output.join(""),
      async kill9() {
        if (!current) return;
        const spawned = current;
        current = undefined;
        await killGroup(spawned);
      },
      async stop() {
        if (!current) return;
        const spawned = current;
        current = undefined;
        await terminateGroup(spawned);
      },
      async restart() {
        await server.stop();
        await launch();
      },
      async dispose() {
        await server.kill9().catch(() => undefined);
        await runCleanups();
      },
    };
    killServer = () => server.kill9();
    await launch();
    return server;
  } catch (error) {
    await runCleanups();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// The stand-alone simulator.

export interface SimulatorOptions {
  token: string;
  /** `--no-callbacks`: the app must learn everything by polling. */
  noCallbacks?: boolean;
  taskDurationMs?: number;
  /** `--persist-file` (only if this checkout's cli.ts has it). */
  persistFile?: string;
  /** `--list-filters` (only if this checkout's cli.ts has it). */
  listFilters?: "supported" | "ignored" | "refused";
}

export interface SimulatorProcess {
  /** Base URL for ACEDATA_BASE_URL, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  readonly token: string;
  logs(): string;
  kill9(): Promise<void>;
  stop(): Promise<void>;
  dispose(): Promise<void>;
}

export async function startSimulator(options: SimulatorOptions): Promise<SimulatorProcess> {
  const cliSource = readFileSync(SIMULATOR_CLI, "utf8");
  const args = [SIMULATOR_CLI, "--port", "0", "--token", options.token, "--control"];
  if (options.noCallbacks) args.push("--no-callbacks");
  args.push("--task-duration-ms", String(options.taskDurationMs ?? 4_000));
  for (const [flag, value] of [
    ["persist-file", options.persistFile],
    ["list-filters", options.listFilters],
  ] as const) {
    if (value === undefined) continue;
    if (!cliSource.includes(`"${flag}"`)) throw new Error(`This simulator CLI has no --${flag} yet.`);
    args.push(`--${flag}`, value);
  }

  const output: string[] = [];
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" };
  delete env.NODE_OPTIONS;
  const spawned = spawnGroup(TSX_BIN, args, env, output, "simulator");

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`The simulator did not start:\n${output.join("")}`)),
      30_000,
    );
    const onData = () => {
      const match = /listening on (http:\/\/[^\s]+)/.exec(output.join(""));
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    spawned.child.stdout?.on("data", onData);
    void spawned.exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`The simulator exited:\n${output.join("")}`));
    });
  }).catch(async (error: unknown) => {
    await killGroup(spawned);
    throw error;
  });

  let alive = true;
  const kill9 = async () => {
    if (!alive) return;
    alive = false;
    await killGroup(spawned);
  };
  return {
    url,
    token: options.token,
    logs: () => output.join(""),
    kill9,
    async stop() {
      if (!alive) return;
      alive = false;
      await terminateGroup(spawned, 5_000);
    },
    dispose: kill9,
  };
}
