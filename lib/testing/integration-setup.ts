import type { TestProject } from "vitest/node";
import { applyMigrations } from "@/lib/db/migrate";
import { openAdapter } from "@/lib/db/adapter";
import { createScratchDatabase } from "./scratch-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string | undefined;
  }
}

/**
 * TEST_DATABASE_URL set → the suite runs against a scratch database on that PostgreSQL server,
 * migrated once here. Unset → each test file gets its own embedded PGlite (see test-database.ts).
 */
export default async function setup(project: TestProject) {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) {
    console.log("[integration] database: embedded PGlite (set TEST_DATABASE_URL to use a PostgreSQL server)");
    project.provide("databaseUrl", undefined);
    return;
  }
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
