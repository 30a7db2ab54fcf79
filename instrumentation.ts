/**
 * Starts the job engine's workers inside the server process (the embedded default, and any
 * instance that should also do background work). Set WORKERS=off to leave the work to
 * separate `npm run worker` processes; this server then only sends jobs.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // First, so every later request carries its connection's address (lib/auth/client-ip.ts).
  (await import("./lib/net/peer-address")).stampPeerAddresses();
  const { isDemoMode, env } = await import("./lib/config/env");
  const { log } = await import("./lib/log/logger");
  if (env().WORKERS !== "off") {
    const { startAppWorkers } = await import("./lib/workers/app-workers");
    startAppWorkers().catch((error: unknown) =>
      log.error({ event: "jobs.start-failed", err: error }, "workers did not start"),
    );
  }
  // Choose the ffmpeg (and print which one) now, not at the first poster or demo clip.
  const { getFfmpeg } = await import("./lib/media/ffmpeg");
  getFfmpeg().catch((error: unknown) => log.error({ event: "media.ffmpeg", err: error }, "no usable ffmpeg"));
  // Demo mode: wake the built-in simulator now, so callbacks of tasks it kept across a restart go out.
  if (isDemoMode()) (await import("./lib/generations/demo-simulator")).demoSimulator();
}
