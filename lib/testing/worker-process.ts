import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

/** The command `npm run worker` runs, read from package.json so tests run exactly that. */
const workerCommand = () =>
  (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { worker: string } }).scripts.worker;

/**
 * Starts a real worker process (`npm run worker`'s command, without npm in between, so a kill
 * reaches the worker itself) with this environment on top of the current one. Its output is
 * shown with DEBUG_WORKERS=1.
 */
export function spawnWorker(env: Record<string, string>): ChildProcess {
  const [bin, ...args] = workerCommand().split(" ");
  const child = spawn(path.join("node_modules/.bin", bin!), args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const show = (d: Buffer) => process.env.DEBUG_WORKERS && process.stderr.write(d);
  child.stdout!.on("data", show);
  child.stderr!.on("data", show);
  return child;
}
