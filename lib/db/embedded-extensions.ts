import type { Extensions } from "@electric-sql/pglite";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * The PostgreSQL extensions our migrations create (`pg_trgm`, for the gallery's prompt search).
 * PGlite can only create an extension it was opened with, so every PGlite that the app, the
 * migration runner, the tests and the benchmarks open passes these. Loaded from node_modules at
 * run time, as PGlite itself is: the extension finds its files next to its own module. Free of
 * `server-only` because the migration runner and the e2e server (plain tsx) load it too.
 */
const requireAtRunTime = createRequire(path.join(process.cwd(), "package.json"));

export function embeddedExtensions(): Extensions {
  const { pg_trgm } = requireAtRunTime(
    "@electric-sql/pglite/contrib/pg_trgm",
  ) as typeof import("@electric-sql/pglite/contrib/pg_trgm");
  return { pg_trgm };
}
