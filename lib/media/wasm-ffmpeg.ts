import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type FfmpegEngine, FfmpegError, type FfmpegJob } from "./ffmpeg-engine";
import { WASM_WORKER_SOURCE } from "./wasm-worker-source";

/**
 * FFmpeg compiled to WebAssembly (@ffmpeg/core, single thread), for machines without an ffmpeg.
 * It is FFmpeg 5.1.x, yet an acceptable fallback: it runs in a sandbox — a decoder bug can only
 * corrupt the instance's own linear memory, never the host — and each command gets a fresh
 * worker thread, so the server's event loop stays free and a runaway command is terminated.
 */
const DEFAULT_MEMORY_MB = 1024;
// The emscripten glue's own heap; the files it holds live outside it (typed arrays).
const WORKER_HEAP_MB = 128;

interface WorkerReply {
  rc: number;
  wrote: boolean;
  log: string[];
  /** Where the worker found @ffmpeg/core. */
  core: string;
}

export async function wasmFfmpeg(): Promise<FfmpegEngine> {
  // Where the worker looks for @ffmpeg/core: beside this module (or its bundle), else the app's
  // folder. Resolved there, not here, so that the bundler leaves the package alone.
  const paths = [path.dirname(fileURLToPath(import.meta.url)), process.cwd()];
  const run = (
    mode: "ffmpeg" | "ffprobe",
    args: string[],
    inputs: { host: string; mem: string }[],
    output: { host: string; mem: string } | null,
    limits: { timeoutMs: number; memoryMb?: number },
  ) => runInWorker({ paths, mode, args, inputs, output, ...limits });

  const banner = await run("ffmpeg", ["-version"], [], null, { timeoutMs: 30_000 }).catch((error: Error) => {
    throw new FfmpegError("unavailable", `@ffmpeg/core did not start: ${error.message}`, { cause: error });
  });
  const version = banner.log.map((line) => /^ffmpeg version (\S+)/.exec(line)?.[1]).find(Boolean);
  if (!version) throw new FfmpegError("unavailable", `@ffmpeg/core did not start: ${banner.log.join(" ")}`);

  return {
    kind: "wasm",
    version,
    path: banner.core,
    async run(job: FfmpegJob) {
      const inputs = (job.inputs ?? []).map((host, i) => ({ host, mem: `/in/${i}${path.extname(host)}` }));
      const output = { host: job.output, mem: `/out/output${path.extname(job.output)}` };
      const args = ["-hide_banner", ...job.args({ inputs: inputs.map((i) => i.mem), output: output.mem })];
      const reply = await run("ffmpeg", args, inputs, output, {
        timeoutMs: job.timeoutMs,
        memoryMb: job.memoryMb,
      });
      // Like a native run, success is the exit code: a command may rightly write nothing.
      if (reply.rc !== 0) {
        throw new FfmpegError("failed", `ffmpeg failed: ${reply.log.join("\n").trim().slice(-300)}`);
      }
    },
    async probe(file, entries, timeoutMs) {
      const input = { host: file, mem: `/in/0${path.extname(file)}` };
      const args = [
        "-v",
        "error",
        "-of",
        "json",
        "-show_entries",
        entries,
        input.mem,
        "-o",
        "/out/probe.json",
      ];
      const dir = await mkdtemp(path.join(tmpdir(), "ffprobe-"));
      const out = path.join(dir, "probe.json");
      try {
        // ffprobe.wasm returns -1 even when it succeeds: its written answer is the signal.
        const reply = await run(
          "ffprobe",
          args,
          [input],
          { host: out, mem: "/out/probe.json" },
          { timeoutMs },
        );
        if (!reply.wrote)
          throw new FfmpegError("failed", `ffprobe failed: ${reply.log.join("\n").slice(-300)}`);
        return await readFile(out, "utf8");
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}

function runInWorker(job: {
  paths: string[];
  mode: "ffmpeg" | "ffprobe";
  args: string[];
  inputs: { host: string; mem: string }[];
  output: { host: string; mem: string } | null;
  timeoutMs: number;
  memoryMb?: number;
}): Promise<WorkerReply> {
  const { memoryMb = DEFAULT_MEMORY_MB, ...rest } = job;
  return new Promise<WorkerReply>((resolve, reject) => {
    const worker = new Worker(WASM_WORKER_SOURCE, {
      eval: true,
      workerData: { ...rest, memoryBytes: memoryMb * 1024 * 1024 },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const settle = (done: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      done();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(new FfmpegError("timeout", `ffmpeg (wasm) ran past ${job.timeoutMs} ms and was stopped`)),
        ),
      job.timeoutMs,
    );
    worker.once("message", (reply: WorkerReply) => settle(() => resolve(reply)));
    worker.once("error", (error) =>
      settle(() =>
        reject(new FfmpegError("failed", `ffmpeg (wasm) failed: ${error.message}`, { cause: error })),
      ),
    );
    worker.once("exit", (code) =>
      settle(() => reject(new FfmpegError("failed", `ffmpeg (wasm) stopped with code ${code}`))),
    );
  });
}
