/**
 * The whole access matrix on the production build: every server action and route handler, called
 * directly over HTTP (no UI) as anonymous, a stranger (a member of another workspace), a stranger
 * naming the team's workspace, and each role of the team. Refused where the permission table
 * says so, with the database unchanged after every refusal; another workspace's ids answer 404.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { demoEnv, startAppServer, type AppServer } from "../support/app-server";
import { actionManifest, callAction, callRoute, type ActionRef, type Answer } from "./call";
import { expected, ROWS, type Caller, type Row } from "./matrix-rows";
import { ACTORS, fingerprint, seedWorld, type Actor, type TeamRole, type World } from "./world";

test.describe.configure({ mode: "serial" });
test.setTimeout(15 * 60_000);

/** Server actions and route handlers as the code has them: `file#export` and `file#METHOD`. */
function endpointsInCode(): string[] {
  const found: string[] = [];
  for (const file of readdirSync("lib/actions").filter((f) => f.endsWith(".ts"))) {
    const text = readFileSync(path.join("lib/actions", file), "utf8");
    if (!/^["']use server["']/m.test(text)) continue;
    for (const m of text.matchAll(/^export (?:const|async function|function) (\w+)/gm))
      found.push(`lib/actions/${file}#${m[1]}`);
  }
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : e.name === "route.ts" ? [path.join(dir, e.name)] : [],
    );
  for (const file of walk("app")) {
    const exports = readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.startsWith("export"))
      .join("\n");
    for (const m of new Set(exports.match(/\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)))
      found.push(`${file}#${m}`);
  }
  return found.sort();
}

let server: AppServer;
let db: pg.Client;
let actions: Map<string, ActionRef>;
const previousDatabaseUrl = process.env.TEST_DATABASE_URL;

test.beforeAll(async () => {
  // The matrix reads the server's database between calls, so it runs on PostgreSQL (started by `pretest`).
  process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";
  // No background workers: nothing but the call under test may change the database meanwhile.
  server = await startAppServer({ env: { ...demoEnv(3_000), RECONCILER: "off" }, label: "access" });
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  actions = actionManifest(path.resolve(process.env.NEXT_DIST_DIR || ".next"));
});

test.afterAll(async () => {
  await db?.end();
  await server?.dispose();
  if (previousDatabaseUrl === undefined) delete process.env.TEST_DATABASE_URL;
});

test("every server action and route handler has a row in the access matrix", () => {
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
  const actionRows = ROWS.filter((r) => r.source.startsWith("lib/actions/"));
  expect(
    actionRows.filter((r) => !actions.has(r.source)).map((r) => r.source),
    "actions missing from the build's manifest (not reachable, so not tested)",
  ).toEqual([]);
});

function caller(world: World, actor: Actor, row: Row): Caller {
  const base = server.url;
  const cookie =
    actor === "anonymous"
      ? // A cookie that is no session: it passes proxy.ts, so the handler's own check is what refuses.
        "authjs.session-token=not-a-session"
      : world.users[actor === "stranger" || actor === "stranger naming the team" ? "stranger" : actor].cookie;
  const workspace = actor === "anonymous" || actor === "stranger" ? undefined : world.teamId;
  return {
    cookie,
    workspace,
    action: (input) =>
      callAction(
        base,
        actions.get(row.source)!,
        workspace ? { ...input, workspaceId: workspace } : input,
        cookie,
      ),
    route: (method, urlPath, init) => callRoute(base, method, urlPath, { cookie, workspace, ...init }),
  };
}

/** "ok", a refusal code, or "own" (a stranger acting in their own studio: anything, but the team untouched). */
function expectation(row: Row, actor: Actor): string {
  if (row.access.kind === "public") return "public";
  if (actor === "anonymous") return "unauthorized";
  if (actor === "stranger" || actor === "stranger naming the team") {
    if (row.access.kind === "signed-in") return row.access.strangerMay ? "ok" : "not_found";
    if (actor === "stranger naming the team" || row.targetsTeam) return "not_found";
    return "own";
  }
  return row.access.kind === "signed-in" ? "ok" : expected(row, actor as TeamRole);
}

const outcome = (a: Answer) => (a.ok ? "ok" : (a.code ?? `status ${a.status}`));

test("each endpoint × each caller: allowed or refused as the permission table says, refusals change nothing", async () => {
  const cells: string[] = [];
  const failures: string[] = [];
  for (const row of ROWS) {
    for (const actor of ACTORS) {
      const world = await seedWorld(db);
      await row.prepare?.(db, world);
      const want = expectation(row, actor);
      const scope = want === "own" ? "team" : "world";
      const before = await fingerprint(db, world, scope);
      const answer = await row.call(caller(world, actor, row), world);
      const after = await fingerprint(db, world, scope);
      const got = outcome(answer);
      const where = `${row.label} [${row.source}] as ${actor}`;
      cells.push(`${where}: ${got}`);
      if (answer.status >= 500)
        failures.push(`${where}: server error ${answer.status} ${answer.raw.slice(0, 200)}`);
      if (want === "public") {
        if (actor === "anonymous" && before !== after) failures.push(`${where}: changed the database`);
        continue;
      }
      if (want === "own") {
        if (before !== after) failures.push(`${where}: changed the team's data from outside it`);
        if (answer.raw.includes(world.memberVideo) || answer.raw.includes(world.ownerVideo))
          failures.push(`${where}: answered with the team's videos`);
        continue;
      }
      if (got !== want) failures.push(`${where}: expected ${want}, got ${got} ${answer.raw.slice(0, 160)}`);
      if (want !== "ok" && before !== after)
        failures.push(`${where}: refused (${got}) but the database changed`);
    }
  }
  test.info().annotations.push({
    type: "access matrix",
    description: `${ROWS.length} endpoint rows × ${ACTORS.length} callers = ${cells.length} calls`,
  });
  console.log(`[access matrix] ${ROWS.length} rows × ${ACTORS.length} callers = ${cells.length} calls`);
  expect(failures, cells.join("\n")).toEqual([]);
});
