import "server-only";
import { createSimulator, type Simulator } from "@/lib/grok/simulator";
import { env } from "@/lib/config/env";
import { DEMO_TOKEN } from "./runtime";

declare global {
  var __demoSimulator: Simulator | undefined;
}

/** One simulator per server process, so tasks outlive a single request. */
export function demoSimulator(): Simulator {
  globalThis.__demoSimulator ??= createSimulator({
    basePath: "/api/simulator",
    // Video links must work in the browser too, not only from this server's loopback.
    ...(env().APP_URL ? { publicBaseUrl: `${env().APP_URL!.replace(/\/+$/, "")}/api/simulator` } : {}),
    token: DEMO_TOKEN,
    taskDurationMs: Number(process.env.DEMO_TASK_DURATION_MS ?? 6_000),
    // The /__sim control endpoints (fault injection, request log) are for the e2e suite only.
    controlEnabled: process.env.SIMULATOR_CONTROL === "1",
  });
  return globalThis.__demoSimulator;
}
