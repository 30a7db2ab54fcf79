/**
 * `npm run worker`: the job engine's workers as their own process, for deployments that keep
 * web and background work apart (set WORKERS=off on the web instances). Any number may run
 * on one database: pg-boss hands each job to one of them. On SIGTERM or Ctrl-C it finishes the
 * jobs in hand (up to 30 s) and exits; a job it could not finish runs again on another worker.
 */
import { existsSync } from "node:fs";
import { database } from "../lib/db/client";
import { isEmbeddedDatabaseBusy } from "../lib/db/embedded-lock";
import { startAppWorkers } from "../lib/workers/app-workers";

for (const file of [".env.local", ".env"]) if (existsSync(file)) process.loadEnvFile(file);

const concurrency = Number(process.env.WORKER_MIRROR_CONCURRENCY) || undefined;
const workers = await startAppWorkers({ mirrorConcurrency: concurrency, kind: "worker" }).catch(
  (error: unknown) => {
    // On PGlite the running studio already works the queues itself: say so, no stack trace.
    if (!isEmbeddedDatabaseBusy(error)) throw error;
    console.error(error.message);
    process.exit(1);
  },
);
console.log(`[worker] pid ${process.pid} working the job queues`);

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, async () => {
    console.log(`[worker] ${signal}: finishing the jobs in hand`);
    await workers.stop();
    await database().prisma.$disconnect();
    await database().pglite?.close();
    process.exit(0);
  });
}
