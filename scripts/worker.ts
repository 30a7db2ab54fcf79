/**
 * `npm run worker`: the generation reconciler as its own process, for deployments that prefer
 * not to run it inside the web servers (set RECONCILER=off on those). Any number may run: leases
 * in PostgreSQL keep them from reading the same task at once. Stops cleanly on SIGTERM.
 */
import { existsSync } from "node:fs";
import { db } from "../lib/db/client";
import { startReconcilerLoop } from "../lib/generations/reconciler-loop";
import { appReconcileDeps } from "../lib/generations/app-reconciler";

for (const file of [".env.local", ".env"]) if (existsSync(file)) process.loadEnvFile(file);

const stop = startReconcilerLoop(appReconcileDeps);
// The loop's timers do not hold a process open (inside the web server that is right); here it must.
const keepAlive = setInterval(() => undefined, 60_000);
console.log(`[worker] reconciling generations as ${appReconcileDeps().owner}`);

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, async () => {
    await stop();
    clearInterval(keepAlive);
    await db.$disconnect();
    process.exit(0);
  });
}
