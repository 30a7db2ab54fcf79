import "server-only";
import path from "node:path";
import { dataDir } from "@/lib/config/data-dir";
import { env } from "@/lib/config/env";
import { readOrCreateSecret } from "@/lib/config/secrets";

let cached: string | undefined;

/**
 * The demo simulator's bearer token (and its media signing key): generated once into the data
 * folder, so nobody outside this server can use the simulator mounted at /api/simulator.
 */
export function demoToken(): string {
  cached ??= readOrCreateSecret(path.join(dataDir(env().DATA_DIR), "simulator-token"));
  return cached;
}
