/**
 * The access matrix where the HTTP layer matters, on the production build: every action row is
 * reachable (in the build's action manifest), and a few rows of the shared table
 * (lib/testing/access/matrix-rows.ts) called over real HTTP — cookies through proxy.ts, an
 * action's id and flight answer, a route's URL and status. Every row × every caller runs
 * in-process in lib/actions/access-matrix.int.test.ts.
 */
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { expect, test } from "@playwright/test";
import { PrismaClient } from "../../lib/db/generated/client";
import {
  expectation,
  identity,
  outcome,
  type Actor,
  type Caller,
  type Row,
} from "../../lib/testing/access/matrix";
import { ROWS } from "../../lib/testing/access/matrix-rows";
import { fingerprint, seedWorld, type World } from "../../lib/testing/access/world";
import { demoEnv, startAppServer, type AppServer } from "../support/app-server";
import { actionManifest, callAction, callRoute, type ActionRef } from "./call";
import { NOT_A_SESSION, sessionCookie } from "./session-cookie";

test.setTimeout(90_000);

interface HttpCase {
  source: string;
  actor: Actor;
  want: string;
  /** Why HTTP matters for this one. */
  why: string;
}

const A = (file: string, name: string) => `lib/actions/${file}.ts#${name}`;
const CASES: HttpCase[] = [
  {
    source: A("generation-actions", "setFavoriteAction"),
    actor: "anonymous",
    want: "unauthorized",
    why: "a cookie that is no session passes proxy.ts: the action's own guard refuses",
  },
  {
    source: A("generation-actions", "submitGenerationAction"),
    actor: "viewer",
    want: "forbidden",
    why: "a real session cookie and a posted workspaceId; nothing queued, nothing sent upstream",
  },
  {
    source: "app/api/generations/[id]/route.ts#GET",
    actor: "stranger",
    want: "not_found",
    why: "a team's video by id from another workspace is a 404 status, never a 403",
  },
  {
    source: A("workspace-actions", "renameWorkspaceAction"),
    actor: "stranger naming the team",
    want: "not_found",
    why: "the workspaceId in an action's posted input names a workspace the caller is not in",
  },
  {
    source: "app/api/webhooks/grok/[generationId]/route.ts#POST",
    actor: "anonymous",
    want: "not_found",
    why: "the upstream's callback without its per-generation secret in the URL",
  },
  {
    source: A("generation-actions", "setFavoriteAction"),
    actor: "owner",
    want: "ok",
    why: "the same action allowed, through the flight answer; it must really write",
  },
];

let server: AppServer;
let db: PrismaClient;
let actions: Map<string, ActionRef>;
const previousDatabaseUrl = process.env.TEST_DATABASE_URL;

test.beforeAll(async () => {
  // The spec seeds and reads the server's database, so it runs on PostgreSQL (started by `pretest`).
  process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";
  // No background workers: nothing but the call under test may change the database meanwhile.
  server = await startAppServer({ env: { ...demoEnv(3_000), WORKERS: "off" }, label: "access" });
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: server.databaseUrl, max: 2 }) });
  actions = actionManifest(path.resolve(process.env.NEXT_DIST_DIR || ".next"));
});

test.afterAll(async () => {
  await db?.$disconnect();
  await server?.dispose();
  if (previousDatabaseUrl === undefined) delete process.env.TEST_DATABASE_URL;
});

test("every server action of the matrix is reachable, and the build exposes no action without a row", () => {
  const actionRows = new Set(ROWS.filter((r) => r.source.startsWith("lib/actions/")).map((r) => r.source));
  expect(actionRows.size).toBeGreaterThan(0);
  expect(
    [...actionRows].filter((s) => !actions.has(s)),
    "actions missing from the build's manifest",
  ).toEqual([]);
  expect(
    [...actions.keys()].filter((s) => !actionRows.has(s)),
    "actions in the build without a row",
  ).toEqual([]);
});

async function httpCaller(world: World, actor: Actor, row: Row): Promise<Caller> {
  const { userId, workspace } = identity(world, actor);
  const user = Object.values(world.users).find((u) => u.id === userId);
  const cookie = user ? await sessionCookie(user) : NOT_A_SESSION;
  return {
    workspace,
    action: (input) =>
      callAction(
        server.url,
        actions.get(row.source)!,
        workspace ? { ...input, workspaceId: workspace } : input,
        cookie,
      ),
    route: (method, urlPath, init) => callRoute(server.url, method, urlPath, { cookie, workspace, ...init }),
  };
}

for (const c of CASES) {
  const row = ROWS.find((r) => r.source === c.source);
  if (!row) throw new Error(`No row of the matrix for ${c.source}`);
  test(`${c.actor}: ${row.label} [${c.source}] → ${c.want} (${c.why})`, async () => {
    const shared = expectation(row, c.actor);
    // Public rows expect only "no server error" in the matrix; here the refusal itself is checked.
    if (shared !== "public") expect(c.want, "what the shared matrix expects").toBe(shared);
    const world = await seedWorld(db);
    await row.prepare?.(db, world);
    const before = await fingerprint(db, world);
    const answer = await row.call(await httpCaller(world, c.actor, row), world);
    expect(outcome(answer), answer.raw.slice(0, 300)).toBe(c.want);
    const after = await fingerprint(db, world);
    if (c.want === "ok") expect(after, "the allowed call wrote").not.toBe(before);
    else expect(after, "the refusal changed nothing").toBe(before);
  });
}
