import { readiness } from "@/lib/server/readiness";

/**
 * Readiness: 200 when this instance can do its work (database reachable, this release's migrations
 * applied, its job engine running unless WORKERS=off, storage writable), else 503; each check's
 * state and reason either way. `background` says whether any process works the queues.
 */
export const dynamic = "force-dynamic";

export async function GET() {
  const report = await readiness();
  return Response.json(report, {
    status: report.ready ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
