/**
 * Waits until the job engine has nothing of one queue left to do: the marker after which a test
 * may assert that a job sent nothing more (a mail, say). No `@/` imports: e2e specs use it too.
 */
export type Sql = (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;

const FINAL_STATES = ["completed", "cancelled", "failed"];

/** Every job of `queue` in `schema` is completed, cancelled or failed; returns each job's state by id. */
export async function settledQueue(
  sql: Sql,
  options: { queue: string; schema?: string; timeoutMs?: number },
): Promise<Record<string, string>> {
  const { queue, schema = "pgboss", timeoutMs = 15_000 } = options;
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`Not a schema name: ${schema}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await sql(
      `SELECT id::text AS id, state::text AS state FROM ${schema}.job WHERE name = $1`,
      [queue],
    );
    const jobs = rows as { id: string; state: string }[];
    if (jobs.every((job) => FINAL_STATES.includes(job.state)))
      return Object.fromEntries(jobs.map((job) => [job.id, job.state]));
    if (Date.now() > deadline) {
      const open = jobs.filter((job) => !FINAL_STATES.includes(job.state)).map((j) => `${j.id}: ${j.state}`);
      throw new Error(`Queue ${queue} still has jobs to do after ${timeoutMs} ms: ${open.join("; ")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
