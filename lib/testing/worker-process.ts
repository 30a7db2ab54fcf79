import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const scripts = () =>
  (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;

let built = false;

/**
 * Starts a real worker process as `npm run worker` does — the bundle built once, then its run
 * command without npm in between, so a kill reaches the worker itself — with this environment on
 * top of the current one. Its output is shown with DEBUG_WORKERS=1.
 */
export function spawnWorker(env: Record<string, string>): ChildProcess {
  if (!built) {
    const build = spawnSync("npm", ["run", "--silent", "build:worker"], { encoding: "utf8" });
    if (build.status !== 0) throw new Error(`npm run build:worker failed: ${build.stderr}`);
    built = true;
  }
  const [bin, ...args] = scripts()["worker:run"]!.split(" ");
  const child = spawn(bin!, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const show = (d: Buffer) => process.env.DEBUG_WORKERS && process.stderr.write(d);
  child.stdout!.on("data", show);
  child.stderr!.on("data", show);
  return child;
}
