import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { makeDemoClip } from "../../media/make-demo-clip";
import { type ClipShape, clipName } from "./video-size";

/**
 * The simulator's videos, made on first need and kept per (width, height, duration) in a folder.
 * Requests for a shape being made wait for that one ffmpeg run; a clip is written under a
 * temporary name and renamed when whole, so no reader (in this or another process) sees half.
 */
export interface ClipCache {
  /** The finished file of this shape, made now if it does not exist yet. */
  file(shape: ClipShape): Promise<string>;
}

export const defaultClipDir = () => path.join(tmpdir(), "grok-simulator-clips");

export function createClipCache(dir: string = defaultClipDir()): ClipCache {
  const making = new Map<string, Promise<string>>();

  async function make(shape: ClipShape, file: string): Promise<string> {
    if (
      await stat(file).then(
        (s) => s.size > 0,
        () => false,
      )
    )
      return file;
    await mkdir(dir, { recursive: true });
    const partial = `${file}.${process.pid}-${randomBytes(4).toString("hex")}.partial`;
    try {
      await makeDemoClip({ ...shape, file: partial });
      await rename(partial, file);
    } finally {
      await rm(partial, { force: true });
    }
    return file;
  }

  return {
    file(shape) {
      const file = path.join(dir, clipName(shape));
      let pending = making.get(file);
      if (!pending) {
        pending = make(shape, file).finally(() => making.delete(file));
        making.set(file, pending);
      }
      return pending;
    },
  };
}
