import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";
import type { FfmpegEngine } from "./ffmpeg-engine";
import { nativeFfmpeg } from "./native-ffmpeg";
import { wasmFfmpeg } from "./wasm-ffmpeg";
import { log } from "@/lib/log/logger";

export { type FfmpegEngine, type FfmpegInfo, FfmpegError, isFfmpegError } from "./ffmpeg-engine";

/**
 * The ffmpeg this process uses, chosen once: FFMPEG_PATH when set; else the system's ffmpeg on
 * PATH (a distribution's build gets its security fixes); else FFmpeg compiled to WebAssembly
 * (@ffmpeg/core), so a fresh checkout makes demo clips and posters with nothing installed.
 * No `server-only` here: the stand-alone simulator (plain tsx) makes its clips with it too.
 */
let chosen: Promise<FfmpegEngine> | undefined;

export function getFfmpeg(): Promise<FfmpegEngine> {
  chosen ??= chooseFfmpeg({ FFMPEG_PATH: process.env.FFMPEG_PATH, PATH: process.env.PATH }).then((engine) => {
    log.info(
      { event: "media.ffmpeg", version: engine.version },
      `ffmpeg ${engine.version} (${describe(engine)})`,
    );
    return engine;
  });
  return chosen;
}

export async function chooseFfmpeg(env: { FFMPEG_PATH?: string; PATH?: string }): Promise<FfmpegEngine> {
  if (env.FFMPEG_PATH) return nativeFfmpeg("env", env.FFMPEG_PATH);
  const system = findOnPath(process.platform === "win32" ? "ffmpeg.exe" : "ffmpeg", env.PATH ?? "");
  if (system) {
    try {
      return await nativeFfmpeg("system", system);
    } catch (error) {
      log.warn({ event: "media.ffmpeg", err: error }, `${system} does not run, using ffmpeg.wasm`);
    }
  }
  return wasmFfmpeg();
}

const describe = (engine: FfmpegEngine) =>
  engine.kind === "wasm"
    ? "WebAssembly: @ffmpeg/core, sandboxed"
    : `${engine.kind === "env" ? "FFMPEG_PATH" : "system"}: ${engine.path}`;

function findOnPath(name: string, searchPath: string): string | undefined {
  for (const dir of searchPath.split(path.delimiter).filter(Boolean)) {
    const file = path.join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return undefined;
}
