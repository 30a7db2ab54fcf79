import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "./data-dir";
import { env } from "./env";

let cached: string | undefined;

/**
 * AUTH_SECRET, or — with zero configuration — a secret generated once and kept in the data folder,
 * so sessions survive restarts without anybody having to invent one.
 */
export function authSecret(): string {
  cached ??= env().AUTH_SECRET ?? readOrCreateSecret(path.join(dataDir(env().DATA_DIR), "auth-secret"));
  return cached;
}

/** A secret kept in `file`, generated (32 random bytes, base64url) the first time it is asked for. */
export function readOrCreateSecret(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    // "wx" fails if another process won the race; then read the winner's secret.
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
      return secret;
    } catch {
      return readFileSync(file, "utf8").trim();
    }
  }
}
