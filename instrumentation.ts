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
  // Demo mode: wake the built-in simulator now, so callbacks of tasks it kept across a restart go out.
  const { isDemoMode } = await import("./lib/config/env");
  if (isDemoMode()) (await import("./lib/generations/demo-simulator")).demoSimulator();
}
