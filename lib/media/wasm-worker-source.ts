/**
 * The worker thread that runs one @ffmpeg/core command, as plain CommonJS source: started with
 * `eval: true` so no bundler has to find, compile or copy a worker file. A fresh worker (and so a
 * fresh WebAssembly instance) per command: no state survives from one input to the next.
 *
 * It finds @ffmpeg/core itself (from `paths`), so no bundler sees that package being imported.
 *
 * workerData: { paths, mode: "ffmpeg" | "ffprobe", args, inputs: [{ host, mem }],
 *               output: { host, mem } | null, memoryBytes, timeoutMs }
 * Posts once: { rc, wrote, log, core } — `wrote` when the output file existed and was copied out.
 */
export const WASM_WORKER_SOURCE = `
"use strict";
const { parentPort, workerData: job } = require("node:worker_threads");
const fs = require("node:fs");
const log = [];
const keep = (line) => {
  if (typeof line !== "string" || line.startsWith("Aborted(")) return;
  log.push(line);
  if (log.length > 40) log.shift();
};
const core = require.resolve("@ffmpeg/core", { paths: job.paths });
const wasm = require.resolve("@ffmpeg/core/wasm", { paths: job.paths });
// Emscripten built this for a browser's worker, which reads its own address from self.location.
globalThis.self = { location: { href: "file://" + core } };
// A refused grow makes malloc fail inside ffmpeg: the command fails, the host's memory is safe.
const grow = WebAssembly.Memory.prototype.grow;
WebAssembly.Memory.prototype.grow = function (pages) {
  if (this.buffer.byteLength + pages * 65536 > job.memoryBytes) throw new RangeError("memory limit");
  return grow.call(this, pages);
};
(async () => {
  const ffmpeg = await require(core)({ wasmBinary: fs.readFileSync(wasm), print: keep, printErr: keep });
  ffmpeg.setLogger(({ message }) => keep(message));
  ffmpeg.setTimeout(job.timeoutMs);
  ffmpeg.FS.mkdir("/in");
  ffmpeg.FS.mkdir("/out");
  for (const input of job.inputs) ffmpeg.FS.writeFile(input.mem, fs.readFileSync(input.host));
  const rc = job.mode === "ffprobe" ? ffmpeg.ffprobe(...job.args) : ffmpeg.exec(...job.args);
  let wrote = false;
  if (job.output && ffmpeg.FS.analyzePath(job.output.mem).exists) {
    fs.writeFileSync(job.output.host, ffmpeg.FS.readFile(job.output.mem));
    wrote = true;
  }
  parentPort.postMessage({ rc, wrote, log, core });
})().catch((error) => {
  keep(String((error && error.message) || error));
  parentPort.postMessage({ rc: -2, wrote: false, log, core });
});
`;
