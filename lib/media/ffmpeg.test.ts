import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { chooseFfmpeg, getFfmpeg, isFfmpegError } from "./ffmpeg";
import { ENGINE_KINDS, isAtLeast51, testEngine } from "./test-engines";
import { log } from "@/lib/log/logger";

const dir = mkdtempSync(path.join(tmpdir(), "ffmpeg-choice-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("choosing ffmpeg", { timeout: 60_000 }, () => {
  it("takes FFMPEG_PATH first, then the system's ffmpeg on PATH, then ffmpeg.wasm", async () => {
    const system = await chooseFfmpeg({ PATH: process.env.PATH });
    expect(system).toMatchObject({ kind: "system", path: expect.stringMatching(/\/ffmpeg$/) });
    expect(isAtLeast51(system.version), system.version).toBe(true);

    const named = await chooseFfmpeg({ FFMPEG_PATH: system.path, PATH: dir });
    expect(named).toMatchObject({ kind: "env", path: system.path, version: system.version });

    // An empty PATH: a fresh machine with no ffmpeg installed.
    const wasm = await chooseFfmpeg({ PATH: dir });
    expect(wasm).toMatchObject({ kind: "wasm", path: expect.stringContaining("@ffmpeg/core") });
    expect(isAtLeast51(wasm.version), wasm.version).toBe(true);
  });

  it("refuses an FFMPEG_PATH that does not run rather than picking another ffmpeg", async () => {
    const error = await chooseFfmpeg({
      FFMPEG_PATH: path.join(dir, "no-ffmpeg"),
      PATH: process.env.PATH,
    }).catch((e: unknown) => e);
    expect(isFfmpegError(error) && error.code).toBe("unavailable");
  });

  it("chooses once per process and says which one in one line", async () => {
    vi.stubEnv("FFMPEG_PATH", undefined);
    const info = vi.spyOn(log, "info").mockImplementation(() => undefined);
    const [first, second] = await Promise.all([getFfmpeg(), getFfmpeg()]);
    expect(second).toBe(first);
    expect(await getFfmpeg()).toBe(first);
    expect(info.mock.calls).toEqual([
      [{ event: "media.ffmpeg", version: first.version }, `ffmpeg ${first.version} (system: ${first.path})`],
    ]);
    info.mockRestore();
    vi.unstubAllEnvs();
  });
});

describe.each(ENGINE_KINDS)("%s ffmpeg", (kind) => {
  it("stops a command that runs past its wall time, and says so", async () => {
    const engine = await testEngine(kind);
    const started = Date.now();
    const error = await engine
      .run({
        output: path.join(dir, `endless-${kind}.mp4`),
        timeoutMs: 1_500,
        // An hour of video: minutes of work for either engine.
        args: ({ output }) => [
          ...["-f", "lavfi", "-i", "testsrc=s=640x360:r=24:d=3600", "-c:v", "libx264", "-f", "mp4", output],
        ],
      })
      .catch((e: unknown) => e);
    expect(isFfmpegError(error) && error.code).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 60_000);
});
