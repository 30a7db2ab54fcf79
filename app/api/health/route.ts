/**
 * Liveness: this process answers HTTP. No dependency is checked (that is /api/ready's job), so a
 * database outage never gets every instance restarted at once.
 */
export const dynamic = "force-dynamic";

const startedAt = Date.now();

export function GET() {
  return Response.json(
    { status: "ok", uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) },
    { headers: { "Cache-Control": "no-store" } },
  );
}
