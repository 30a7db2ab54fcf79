/**
 * `npm run bench:film`: joining 10 shots of 15 s at 720p into one film, both ways the film job
 * can (lib/media/join-clips.ts): stream copy (alike takes) and re-encode (a take of another frame
 * forces it, fitted and padded). Prints wall time, and the peak memory of this process (which does
 * what the app's film job does) and of ffmpeg (its own process, sampled with ps).
 * Targets: stream copy ≤ 5 s; re-encode ≤ the film's own length; this process's memory flat.
 *   --shots N (10)  --seconds S (15)  --keep (keep the clips for the next run)
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { getFfmpeg } from "@/lib/media/ffmpeg";
import { joinClips } from "@/lib/media/join-clips";
import { makeDemoClip } from "@/lib/media/make-demo-clip";
import { probeVideo } from "@/lib/testing/probe-video";

const { values } = parseArgs({
  options: {
    shots: { type: "string", default: "10" },
    seconds: { type: "string", default: "15" },
    keep: { type: "boolean", default: false },
  },
});
const shots = Number(values.shots);
const seconds = Number(values.seconds);
const dir = path.join(tmpdir(), "bench-film");
mkdirSync(dir, { recursive: true });

/** The largest resident size (MiB) of any running ffmpeg, sampled until stopped. */
function sampleFfmpeg() {
  let peak = 0;
  const timer = setInterval(() => {
    try {
      const out = execFileSync("ps", ["-C", "ffmpeg", "-o", "rss="], { encoding: "utf8" });
      for (const line of out.split("\n")) peak = Math.max(peak, Number(line.trim() || 0) / 1024);
    } catch {
      // no ffmpeg running right now
    }
  }, 50);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/** This process's peak resident size (MiB) while `work` runs, sampled. */
async function measure<T>(work: () => Promise<T>) {
  let appPeak = process.memoryUsage().rss;
  const appTimer = setInterval(() => (appPeak = Math.max(appPeak, process.memoryUsage().rss)), 50);
  const stopFfmpeg = sampleFfmpeg();
  const started = performance.now();
  try {
    const result = await work();
    return {
      result,
      ms: performance.now() - started,
      appPeakMb: appPeak / 2 ** 20,
      ffmpegPeakMb: stopFfmpeg(),
    };
  } finally {
    clearInterval(appTimer);
    stopFfmpeg();
  }
}

async function main() {
  const engine = await getFfmpeg();
  console.log(
    `bench:film — ${shots} shots × ${seconds} s at 720p, ffmpeg ${engine.version} (${engine.kind})`,
  );
  const clip = (w: number, h: number) => path.join(dir, `${w}x${h}-${seconds}s.mp4`);
  for (const [w, h] of [
    [1280, 720],
    [720, 1280],
  ] as const)
    if (!existsSync(clip(w, h)))
      await makeDemoClip({ file: clip(w, h), width: w, height: h, durationSec: seconds });

  const alike = Array.from({ length: shots }, () => clip(1280, 720));
  // One portrait take among landscape ones: the film must be re-encoded (fitted, padded).
  const mixed = alike.map((file, i) => (i === Math.floor(shots / 2) ? clip(720, 1280) : file));
  const baseline = process.memoryUsage().rss / 2 ** 20;
  const rows = [];
  for (const [name, clips] of [
    ["stream copy", alike],
    ["re-encode", mixed],
  ] as const) {
    const output = path.join(dir, `film-${name.replace(" ", "-")}.mp4`);
    const run = await measure(() => joinClips({ clips: [...clips], output, width: 1280, height: 720 }));
    const facts = await probeVideo(output);
    rows.push({
      path: name,
      method: run.result.method,
      "film (s)": facts.durationSec.toFixed(2),
      "wall (s)": (run.ms / 1000).toFixed(2),
      "x realtime": (facts.durationSec / (run.ms / 1000)).toFixed(1),
      "app peak RSS (MiB)": run.appPeakMb.toFixed(0),
      "app growth (MiB)": (run.appPeakMb - baseline).toFixed(0),
      "ffmpeg peak RSS (MiB)": run.ffmpegPeakMb.toFixed(0),
    });
  }
  console.table(rows);
  console.log(
    "targets: stream copy ≤ 5 s; re-encode ≤ the film's length; app growth flat (ffmpeg does the work)",
  );
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
