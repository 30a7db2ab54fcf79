import { execFile } from "node:child_process";
import { createRequire } from "node:module";

/**
 * The ffmpeg binary shipped inside `@ffmpeg-installer/<platform>` (FFMPEG_PATH overrides it), and
 * one way to run it. No `server-only` here: the stand-alone simulator (plain tsx, no react-server
 * condition) makes its clips with it too.
 */
let resolved: string | undefined;
export function ffmpegPath(): string {
  resolved ??=
    process.env.FFMPEG_PATH ??
    (createRequire(import.meta.url)("@ffmpeg-installer/ffmpeg") as { path: string }).path;
  return resolved;
}

/** Runs ffmpeg; resolves with its stdout, rejects with the end of its stderr. */
export function runFfmpeg(args: string[], timeoutMs: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    execFile(
      ffmpegPath(),
      args,
      { encoding: "buffer", maxBuffer: 64 * 1024 * 1024, timeout: timeoutMs },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`ffmpeg failed: ${stderr.toString().trim().slice(-300) || error.message}`));
        else resolve(stdout);
      },
    );
  });
}
