// `npm run db:migrate`: applies pending migrations from prisma/migrations to DATABASE_URL, or to the
// embedded PGlite database in the data folder when DATABASE_URL is unset. Safe to run on every start.
import { existsSync } from "node:fs";
import { openAdapter, resolveDatabaseTarget } from "../lib/db/adapter";
import { dataDir } from "../lib/config/data-dir";
import { applyMigrations } from "../lib/db/migrate";

// Next.js reads .env.local and .env itself; load them too, so we migrate the database the app will use.
// Variables already in the environment win, as in Next.js.
for (const file of [".env.local", ".env"]) if (existsSync(file)) process.loadEnvFile(file);

// Empty means unset, as in lib/config/env-schema.ts (.env.example lists every variable empty).
const target = resolveDatabaseTarget(
  process.env.DATABASE_URL || undefined,
  dataDir(process.env.DATA_DIR || undefined),
);
const where =
  target.kind === "server"
    ? "the PostgreSQL server in DATABASE_URL"
    : `the embedded database in ${target.dir}`;

try {
  const adapter = await openAdapter(target);
  try {
    const { applied } = await applyMigrations({ factory: adapter.factory });
    if (applied.length === 0) console.log(`Database is up to date (${where}).`);
    else
      console.log(
        `Applied ${applied.length} migration(s) to ${where}:\n${applied.map((name) => `  - ${name}`).join("\n")}`,
      );
  } finally {
    await adapter.close();
  }
} catch (error) {
  console.error(`Migrating ${where} failed:\n${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
