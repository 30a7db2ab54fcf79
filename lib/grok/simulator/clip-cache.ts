import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { makeDemoClip } from "../../media/make-demo-clip";
import { type ClipShape, clipName } from "./video-size";

/**
 * The simulator's videos, made on first need and kept per (width, height, duration) in a folder.
 * Requests for a shape being made wait for that one ffmpeg run; a clip is written under a
 * temporary name and renamed when whole, so no reader (in this or another process) sees half.
 * A task given a first-frame image gets a clip of its own (`from-<task>-…`), started from it.
 */
export interface ClipCache {
  /** The finished file of this shape, made now if it does not exist yet. */
  file(shape: ClipShape): Promise<string>;
  /** The finished clip of one task that starts from an image, made now (fetching it) if needed. */
  fromImage(taskId: string, shape: ClipShape, image: () => Promise<Buffer>): Promise<string>;
}

export const defaultClipDir = () => path.join(tmpdir(), "grok-simulator-clips");

/** `from-<task id>-480x848-6s.mp4`: the media name of a clip started from the task's image. */
export const fromImageClipName = (taskId: string, shape: ClipShape) => `from-${taskId}-${clipName(shape)}`;

export function createClipCache(dir: string = defaultClipDir()): ClipCache {
  const making = new Map<string, Promise<string>>();

  async function make(file: string, write: (partial: string) => Promise<void>): Promise<string> {
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
      await write(partial);
      await rename(partial, file);
    } finally {
      await rm(partial, { force: true });
    }
    return file;
  }

  function once(file: string, write: (partial: string) => Promise<void>): Promise<string> {
    let pending = making.get(file);
    if (!pending) {
      pending = make(file, write).finally(() => making.delete(file));
      making.set(file, pending);
    }
    return pending;
  }

  return {
    file(shape) {
      return once(path.join(dir, clipName(shape)), (partial) =>
        makeDemoClip({ ...shape, file: partial }).then(() => undefined),
      );
    },
    fromImage(taskId, shape, image) {
      return once(path.join(dir, fromImageClipName(taskId, shape)), async (partial) => {
        const still = `${partial}.image`;
        try {
          await writeFile(still, await image());
          await makeDemoClip({ ...shape, file: partial, firstFrame: still });
        } finally {
          await rm(still, { force: true });
        }
      });
    },
  };
}
