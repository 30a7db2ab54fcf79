/** Which ffmpeg runs media work, and the one way every caller runs it (see ffmpeg.ts). */
export interface FfmpegInfo {
  /** `env`: FFMPEG_PATH; `system`: the ffmpeg on PATH; `wasm`: @ffmpeg/core in a worker thread. */
  kind: "env" | "system" | "wasm";
  /** As the build reports it, e.g. "5.1.9-0+deb12u1". */
  version: string;
  /** The binary, or for wasm the @ffmpeg/core module file. */
  path: string;
}

export interface FfmpegJob {
  /** Host files the command reads; `args` names each by the path it gets in `io.inputs`. */
  inputs?: string[];
  /** The host file the command writes. */
  output: string;
  args: (io: { inputs: string[]; output: string }) => string[];
  /** Wall time: past it the process is killed (native) or the worker terminated (wasm). */
  timeoutMs: number;
  /** Address space (native) or WebAssembly memory (wasm) the run may use. */
  memoryMb?: number;
}

export interface FfmpegEngine extends FfmpegInfo {
  /** Runs one ffmpeg command; rejects with an FfmpegError. `-hide_banner -nostdin -y` come first. */
  run(job: FfmpegJob): Promise<void>;
  /** ffprobe's JSON (`-of json`) for these `-show_entries` of a file. */
  probe(file: string, entries: string, timeoutMs: number): Promise<string>;
}

export const FFMPEG_ERROR = "FfmpegError";

/** Recognise it with `isFfmpegError` (by name): bundles may hold several copies of this class. */
export class FfmpegError extends Error {
  constructor(
    readonly code: "failed" | "timeout" | "unavailable",
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = FFMPEG_ERROR;
  }
}

export function isFfmpegError(error: unknown): error is FfmpegError {
  return error instanceof Error && error.name === FFMPEG_ERROR;
}

/** "5.1.9-0+deb12u1" → [5, 1]; a git build ("N-12345-g…") has none. */
export function versionNumbers(version: string): [number, number] | null {
  const match = /^n?(\d+)\.(\d+)/.exec(version);
  return match ? [Number(match[1]), Number(match[2])] : null;
}
