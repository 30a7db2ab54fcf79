/**
 * Starts the job engine's workers inside the server process (the embedded default, and any
 * instance that should also do background work). Set RECONCILER=off to leave the work to
 * separate `npm run worker` processes; this server then only sends jobs.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { isDemoMode, env } = await import("./lib/config/env");
  if (env().RECONCILER !== "off") {
    const { startAppWorkers } = await import("./lib/jobs/app-workers");
    startAppWorkers().catch((error: unknown) => console.error("[jobs] workers did not start", error));
  }
  // Demo mode: wake the built-in simulator now, so callbacks of tasks it kept across a restart go out.
  if (isDemoMode()) (await import("./lib/generations/demo-simulator")).demoSimulator();
}
