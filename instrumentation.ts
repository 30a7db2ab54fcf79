/**
 * Starts the generation reconciler inside the server process (every instance runs one; leases
 * in PostgreSQL keep them from reading the same task). Set RECONCILER=off to leave it to a
 * separate `npm run worker` process instead.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build" || process.env.RECONCILER === "off") return;
  const { startAppReconciler } = await import("./lib/generations/app-reconciler");
  startAppReconciler();
}
