import { type FfmpegEngine, chooseFfmpeg } from "./ffmpeg";
import { versionNumbers } from "./ffmpeg-engine";
import { wasmFfmpeg } from "./wasm-ffmpeg";

/**
 * For tests: both engines a machine can run, each made once per test file. `system` is what
 * chooseFfmpeg finds on PATH (scripts/ensure-test-services.sh installs Debian's ffmpeg); a test
 * that needs it fails, rather than quietly testing ffmpeg.wasm twice, when it is missing.
 */
const made = new Map<string, Promise<FfmpegEngine>>();
export const ENGINE_KINDS = ["system", "wasm"] as const;

export function testEngine(kind: (typeof ENGINE_KINDS)[number]): Promise<FfmpegEngine> {
  let engine = made.get(kind);
  if (!engine) {
    engine = kind === "wasm" ? wasmFfmpeg() : chooseFfmpeg({ PATH: process.env.PATH });
    made.set(kind, engine);
  }
  return engine;
}

/** Debian 12 ships 5.1.x, as does @ffmpeg/core 0.12; older builds are what this replaced. */
export function isAtLeast51(version: string): boolean {
  const [major, minor] = versionNumbers(version) ?? [0, 0];
  return major > 5 || (major === 5 && minor >= 1);
}
