import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/migrate";
import { openAdapter } from "@/lib/db/adapter";
import { embeddedExtensions } from "@/lib/db/embedded-extensions";
import { createScratchDatabase } from "./scratch-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string | undefined;
    /** A migrated PGlite data folder (a tar from `dumpDataDir`) each file's PGlite starts from. */
    pgliteTemplate: string | undefined;
  }
}

/**
 * TEST_DATABASE_URL set → the suite runs against a scratch database on that PostgreSQL server,
 * migrated once here. Unset → each test file gets its own embedded PGlite (see test-database.ts),
 * started from a data folder migrated once here: a fresh PGlite spends ~2 s in initdb and the
 * migrations, one loaded from the dump ~0.4 s, and there are some fifty files.
 */
export default async function setup(project: TestProject) {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    console.log("[integration] database: embedded PGlite (set TEST_DATABASE_URL to use a PostgreSQL server)");
    project.provide("databaseUrl", undefined);
    const template = await dumpMigratedPglite();
    project.provide("pgliteTemplate", template);
    return () => rmSync(template, { force: true });
  }
  project.provide("pgliteTemplate", undefined);
  const scratch = await createScratchDatabase(base);
  const adapter = await openAdapter({ kind: "server", url: scratch.url });
  try {
    await applyMigrations({ factory: adapter.factory });
  } finally {
    await adapter.close();
  }
  console.log(
    `[integration] database: PostgreSQL server, scratch database ${new URL(scratch.url).pathname.slice(1)}`,
  );
  project.provide("databaseUrl", scratch.url);
  return () => scratch.drop();
}

async function dumpMigratedPglite(): Promise<string> {
  const pglite = new PGlite("memory://", { extensions: embeddedExtensions() });
  try {
    await applyMigrations({ factory: new PrismaPGlite(pglite) });
    const dump = await pglite.dumpDataDir("none");
    const file = path.resolve(".test-data", `pglite-template-${process.pid}.tar`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    return file;
  } finally {
    await pglite.close();
  }
}
