import "server-only";
import path from "node:path";
import { dataDir } from "@/lib/config/data-dir";
import { env } from "@/lib/config/env";
import { createSimulator, type Simulator } from "@/lib/grok/simulator";
import { demoToken } from "./demo-token";
import { selfUrl } from "@/lib/config/self-url";

declare global {
  var __demoSimulator: Simulator | undefined;
}

/** This server's own origins: how it reaches itself, and APP_URL. */
function ownOrigins(): Set<string> {
  const appUrl = env().APP_URL;
  return new Set([new URL(selfUrl()).origin, ...(appUrl ? [new URL(appUrl).origin] : [])]);
}

/** Only our own files and webhooks: the demo must not fetch or POST anywhere for a stranger. */
export function isOwnUrl(url: string, pathPrefix: string, origins = ownOrigins()): boolean {
  if (!URL.canParse(url)) return false;
  const { origin, pathname } = new URL(url);
  return origins.has(origin) && pathname.startsWith(pathPrefix);
}

/** One simulator per server process, so tasks outlive a single request (and, on disk, a restart). */
export function demoSimulator(): Simulator {
  globalThis.__demoSimulator ??= createSimulator({
    basePath: "/api/simulator",
    // Video links must work in the browser too, not only from this server's loopback.
    ...(env().APP_URL ? { publicBaseUrl: `${env().APP_URL!.replace(/\/+$/, "")}/api/simulator` } : {}),
    token: demoToken(),
    // Browsers and our own mirroring fetch the videos without the token: the links are signed.
    mediaSigningKey: demoToken(),
    persistFile: path.join(dataDir(env().DATA_DIR), "simulator", "tasks.jsonl"),
    // Made-to-measure clips, kept across restarts (one file per size and length).
    clipDir: path.join(dataDir(env().DATA_DIR), "simulator", "clips"),
    prepareClips: true,
    allowImageUrl: (url) => isOwnUrl(url, "/api/files/"),
    allowCallbackUrl: (url) => isOwnUrl(url, "/api/webhooks/grok/"),
    taskDurationMs: Number(process.env.DEMO_TASK_DURATION_MS ?? 6_000),
    // As the real token: about 5 tasks at once (our dispatcher keeps to ACEDATA_MAX_IN_FLIGHT).
    maxInFlight: 5,
    // The /__sim control endpoints (fault injection, request log) are for the e2e suite only.
    controlEnabled: process.env.SIMULATOR_CONTROL === "1",
  });
  return globalThis.__demoSimulator;
}
