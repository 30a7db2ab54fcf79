import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

/**
 * PGlite is one process's database: a second process on the same folder writes the same files
 * behind the first one's back — its rows vanish under the first one's buffers and the WAL is left
 * corrupt (the next start dies with `RuntimeError: Aborted()`). So whoever opens the folder first
 * holds `<folder>.lock` with its pid, and every other opener is refused with a clear message.
 */
export const EMBEDDED_DB_BUSY = "EMBEDDED_DB_BUSY";

export class EmbeddedDatabaseBusyError extends Error {
  readonly code = EMBEDDED_DB_BUSY;
  constructor(
    readonly dir: string,
    readonly ownerPid: number,
  ) {
    super(
      `The studio is running and owns the embedded database at ${dir} (process ${ownerPid}). ` +
        "PGlite allows one process per folder; a second one would silently lose its writes and corrupt the database. " +
        "Stop the studio first (Ctrl-C in its terminal), then run this again — " +
        "or set DATABASE_URL to a PostgreSQL server, which any number of processes can share. " +
        `If no studio is running, process ${ownerPid} is another program: delete ${lockFileOf(dir)}.`,
    );
    this.name = "EmbeddedDatabaseBusyError";
  }
}

export const lockFileOf = (dir: string) => `${path.resolve(dir)}.lock`;

/** Alive and not a zombie (a killed child its parent has not reaped yet still answers signal 0). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return true; // No /proc (macOS): signal 0 is all there is.
  }
}

function readOwner(file: string): number | undefined {
  try {
    const pid = (JSON.parse(readFileSync(file, "utf8")) as { pid?: unknown }).pid;
    return typeof pid === "number" ? pid : undefined;
  } catch {
    return undefined;
  }
}

function tryCreate(file: string): boolean {
  try {
    const fd = openSync(file, "wx");
    try {
      writeSync(
        fd,
        JSON.stringify({ pid: process.pid, since: new Date().toISOString(), argv: process.argv.slice(1, 3) }),
      );
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

/**
 * Takes the folder's lock for this process, or throws EmbeddedDatabaseBusyError. A lock left by
 * a process that is gone (a killed server) is taken over. Returns the release function; the lock
 * is also released when the process exits.
 */
export function lockEmbeddedDatabase(dir: string): () => void {
  if (dir.startsWith("memory://")) return () => {}; // A throwaway database of this process alone.
  const file = lockFileOf(dir);
  mkdirSync(path.dirname(file), { recursive: true });
  for (let attempt = 0; !tryCreate(file); attempt++) {
    const owner = readOwner(file);
    // A lock being written this very moment reads as empty: give its writer a moment.
    if (owner === undefined && attempt < 3) continue;
    if (owner !== undefined && isProcessAlive(owner)) throw new EmbeddedDatabaseBusyError(dir, owner);
    if (attempt >= 3) throw new EmbeddedDatabaseBusyError(dir, owner ?? -1);
    rmSync(file, { force: true });
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off("exit", release);
    if (readOwner(file) === process.pid) rmSync(file, { force: true });
  };
  process.on("exit", release);
  return release;
}

/** By code, not instanceof: the production build can hold several copies of this module. */
export const isEmbeddedDatabaseBusy = (error: unknown): error is EmbeddedDatabaseBusyError =>
  (error as { code?: unknown } | null)?.code === EMBEDDED_DB_BUSY;
