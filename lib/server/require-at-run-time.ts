import "server-only";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * Loads a package when it is first needed instead of when the importing module loads, from the
 * app's own node_modules (the production build keeps such packages external). For packages that
 * cost a process tens of megabytes (PGlite's WebAssembly, the AWS SDK) and that only one run
 * mode uses: a worker on a PostgreSQL server never pays for PGlite.
 */
export const requireAtRunTime = createRequire(path.join(process.cwd(), "package.json"));
