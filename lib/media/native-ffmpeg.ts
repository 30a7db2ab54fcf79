import { execFile } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import path from "node:path";
import { type FfmpegEngine, FfmpegError, type FfmpegInfo, type FfmpegJob } from "./ffmpeg-engine";

/** An ffmpeg binary run as a child process, with the ffprobe beside it when there is one. */
export async function nativeFfmpeg(kind: "env" | "system", binary: string): Promise<FfmpegEngine> {
  const banner = await execute(binary, ["-hide_banner", "-version"], { timeoutMs: 15_000 }).catch(
    (error: unknown) => {
      throw new FfmpegError("unavailable", `${binary} does not run: ${messageOf(error)}`, { cause: error });
    },
  );
  const info: FfmpegInfo = { kind, path: binary, version: /version (\S+)/.exec(banner)?.[1] ?? "unknown" };
  const ffprobe = path.join(path.dirname(binary), path.basename(binary).replace("ffmpeg", "ffprobe"));
  const hasFfprobe = ffprobe !== binary && isExecutable(ffprobe);
  return {
    ...info,
    async run(job: FfmpegJob) {
      const inputs = job.inputs ?? [];
      const args = ["-hide_banner", "-nostdin", "-y", ...job.args({ inputs, output: job.output })];
      await execute(binary, args, job);
    },
    async probe(file, entries, timeoutMs) {
      if (!hasFfprobe) throw new FfmpegError("unavailable", `no ffprobe beside ${binary}`);
      return execute(ffprobe, ["-v", "error", "-of", "json", "-show_entries", entries, file], { timeoutMs });
    },
  };
}

/** Resolves with stdout; rejects with the end of stderr. */
function execute(
  binary: string,
  args: string[],
  { timeoutMs, memoryMb }: { timeoutMs: number; memoryMb?: number },
): Promise<string> {
  // `ulimit -v` caps the address space of the exec'd ffmpeg (ignored where the OS refuses it).
  const [file, argv] =
    memoryMb && process.platform !== "win32" && existsSync("/bin/sh")
      ? ["/bin/sh", ["-c", `ulimit -v ${memoryMb * 1024} 2>/dev/null; exec "$0" "$@"`, binary, ...args]]
      : [binary, args];
  return new Promise((resolve, reject) => {
    execFile(
      file,
      argv,
      { timeout: timeoutMs, killSignal: "SIGKILL", maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        const detail = stderr.trim().slice(-300) || error.message;
        if (error.killed && error.signal === "SIGKILL")
          reject(
            new FfmpegError("timeout", `ffmpeg ran past ${timeoutMs} ms and was killed`, { cause: error }),
          );
        else reject(new FfmpegError("failed", `ffmpeg failed: ${detail}`, { cause: error }));
      },
    );
  });
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
