/**
 * `npm run jobs`: each job queue's waiting, scheduled, active, retrying, failed and
 * dead-lettered counts, and how long its oldest due job has waited — on this deployment's
 * database (DATABASE_URL, or the embedded one when the server is stopped: PGlite is one
 * process's database, and this refuses while the studio holds it). `npm run jobs -- --json` prints the same as JSON.
 */
import { existsSync } from "node:fs";
import { database } from "../lib/db/client";
import { isEmbeddedDatabaseBusy } from "../lib/db/embedded-lock";
import { startBoss } from "../lib/jobs/boss";
import { queueStats } from "../lib/jobs/queue-stats";
import { backgroundWork } from "../lib/workers/heartbeat";

for (const file of [".env.local", ".env"]) if (existsSync(file)) process.loadEnvFile(file);

const opened = openOrExplain();
if (opened.pglite) await opened.pglite.waitReady;
const boss = await startBoss(opened.pglite ? { pglite: opened.pglite } : { url: opened.url! }, {
  supervise: false,
});
const stats = await queueStats(boss);
const work = await backgroundWork(opened.prisma);
await boss.stop({ graceful: false, wait: true });
await opened.pglite?.close();

if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ queues: stats, background: work }, null, 2));
} else {
  const last = work.lastBeatAt ? `last seen ${work.lastBeatAt.toISOString()}` : "never seen";
  console.log(
    work.running
      ? `Background work is running: ${work.processes.web} web instance(s), ${work.processes.worker} worker process(es).`
      : `Background work is NOT running anywhere (no heartbeat within a minute; ${last}). Start \`npm run worker\` or an instance without WORKERS=off.`,
  );
  const age = (s: number | null) => (s === null ? "-" : s < 120 ? `${s} s` : `${Math.round(s / 60)} min`);
  console.table(
    Object.fromEntries(
      stats.map((q) => [
        q.queue,
        {
          waiting: q.waiting,
          scheduled: q.scheduled,
          active: q.active,
          retrying: q.retrying,
          failed: q.failed,
          "dead-lettered": q.deadLettered,
          "oldest waiting": age(q.oldestWaitingSeconds),
        },
      ]),
    ),
  );
}
process.exit(0);

/** While the studio runs on PGlite it owns the database: say so instead of a stack trace. */
function openOrExplain() {
  try {
    return database();
  } catch (error) {
    if (!isEmbeddedDatabaseBusy(error)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
