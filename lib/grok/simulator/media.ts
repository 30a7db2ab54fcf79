import { readFile } from "node:fs/promises";
import path from "node:path";
import type { ClipCache } from "./clip-cache";
import { MEDIA_FILES } from "./tasks";
import { parseClipName } from "./video-size";

/**
 * Serves the simulator's videos like a CDN: byte ranges (so browsers can seek and iOS plays at
 * all), Content-Length, Accept-Ranges, long caching. `WxH-Ns.mp4` is made to measure (clip-cache);
 * the committed 2 s `WxH.mp4` samples still answer the links of tasks made before that.
 */

// Resolved from the working directory: inside Next's server bundle import.meta.url is not this file.
export const defaultMediaDir = () => path.resolve(process.cwd(), "lib/grok/simulator/media");

const KNOWN = new Set(Object.values(MEDIA_FILES));
const cache = new Map<string, Promise<Buffer>>();

function load(dir: string, name: string): Promise<Buffer> {
  const file = path.join(dir, name);
  let data = cache.get(file);
  if (!data) {
    data = readFile(file);
    data.catch(() => cache.delete(file));
    cache.set(file, data);
  }
  return data;
}

/**
 * `taskClip` finds the clip of a task started from an image (`from-<task id>-…`): only a task
 * this simulator holds names one, and only with its own shape.
 */
export async function serveMedia(
  request: Request,
  name: string,
  clips: ClipCache,
  dir = defaultMediaDir(),
  taskClip?: (taskId: string, clipName: string) => Promise<string> | undefined,
): Promise<Response> {
  const fromImage = /^from-([0-9a-f-]{36})-(.+)$/.exec(name);
  if (fromImage) {
    const file = taskClip?.(fromImage[1]!, fromImage[2]!);
    return file
      ? serveBytes(request, await readFile(await file))
      : new Response("Not found", { status: 404 });
  }
  const shape = parseClipName(name);
  if (!shape && !KNOWN.has(name)) return new Response("Not found", { status: 404 });
  // Made clips are read from disk each time: they can be many, and the OS caches the file anyway.
  return serveBytes(request, shape ? await readFile(await clips.file(shape)) : await load(dir, name));
}

function serveBytes(request: Request, data: Buffer): Response {
  const size = data.byteLength;
  const headers: Record<string, string> = {
    "content-type": "video/mp4",
    "accept-ranges": "bytes",
    "cache-control": "public, max-age=86400, immutable",
  };
  const head = request.method === "HEAD";
  const range = parseRange(request.headers.get("range"), size);

  if (range === "unsatisfiable") {
    return new Response(null, { status: 416, headers: { ...headers, "content-range": `bytes */${size}` } });
  }
  if (!range) {
    return new Response(head ? null : new Uint8Array(data), {
      status: 200,
      headers: { ...headers, "content-length": String(size) },
    });
  }
  const [start, end] = range;
  return new Response(head ? null : new Uint8Array(data.subarray(start, end + 1)), {
    status: 206,
    headers: {
      ...headers,
      "content-length": String(end - start + 1),
      "content-range": `bytes ${start}-${end}/${size}`,
    },
  });
}

/** One `bytes=` range (RFC 9110 §14.1.2); anything else is served whole, as servers may. */
export function parseRange(
  header: string | null,
  size: number,
): [number, number] | "unsatisfiable" | undefined {
  const match = header?.trim().match(/^bytes=(\d*)-(\d*)$/);
  if (!match) return undefined;
  const [, from = "", to = ""] = match;
  if (from === "" && to === "") return undefined;
  if (from === "") {
    const suffix = Number(to);
    if (suffix === 0) return "unsatisfiable";
    return [Math.max(0, size - suffix), size - 1];
  }
  const start = Number(from);
  if (start >= size) return "unsatisfiable";
  const end = to === "" ? size - 1 : Math.min(Number(to), size - 1);
  return end < start ? undefined : [start, end];
}
