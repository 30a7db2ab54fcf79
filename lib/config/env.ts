import "server-only";
import { parseEnv, type Env } from "./env-schema";

let cached: Env | undefined;

/** The validated configuration. Parsed on first use, so `next build` never needs run-time secrets. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

export const isDemoMode = () => !env().ACEDATA_API_TOKEN;
