import { type FileHandle, open } from "node:fs/promises";
import { spsFrameSize } from "./h264-sps";

/**
 * What an MP4's header says, read in TypeScript without decoding anything: the movie's length
 * and, per track, its kind, codec, duration, sample count and frame size (from `tkhd`, the sample
 * entry and, for H.264, the SPS in `avcC`). Throws `Mp4HeaderError` on anything malformed, so a
 * hostile file is judged before any decoder sees it.
 */
export interface Mp4Header {
  durationSec: number;
  tracks: Mp4Track[];
}

export interface Mp4Track {
  handler: string;
  /** The sample entry's four-character code, e.g. "avc1", "mp4a". */
  codec: string;
  durationSec: number;
  samples: number;
  /** The largest frame any of this track's headers declares (0×0 for sound). */
  width: number;
  height: number;
}

export class Mp4HeaderError extends Error {
  constructor(
    readonly code: "not_mp4" | "truncated" | "malformed",
    message: string,
  ) {
    super(message);
    this.name = "Mp4HeaderError";
  }
}

/** A moov this large is no short clip's (a 30 s clip's is tens of kilobytes). */
const MAX_MOOV_BYTES = 8 * 1024 * 1024;
const MAX_TOP_LEVEL_BOXES = 64;

export async function readMp4Header(file: string): Promise<Mp4Header> {
  const handle = await open(file, "r");
  try {
    const moov = await findMoov(handle, (await handle.stat()).size);
    return parseMoov(moov);
  } finally {
    await handle.close();
  }
}

async function findMoov(handle: FileHandle, fileSize: number): Promise<Buffer> {
  let offset = 0;
  let moov: Buffer | undefined;
  for (let i = 0; offset < fileSize; i++) {
    if (i >= MAX_TOP_LEVEL_BOXES) throw new Mp4HeaderError("malformed", "too many top-level boxes");
    const head = Buffer.alloc(16);
    const { bytesRead } = await handle.read(head, 0, 16, offset);
    if (bytesRead < 8) throw new Mp4HeaderError("truncated", "the file ends inside a box header");
    const type = head.toString("latin1", 4, 8);
    if (i === 0 && type !== "ftyp") throw new Mp4HeaderError("not_mp4", "not an MP4 (no ftyp box first)");
    let size = head.readUInt32BE(0);
    if (size === 1) {
      if (bytesRead < 16) throw new Mp4HeaderError("truncated", "the file ends inside a box header");
      size = Number(head.readBigUInt64BE(8));
    } else if (size === 0) size = fileSize - offset;
    if (size < 8) throw new Mp4HeaderError("malformed", `box "${type}" has an impossible size`);
    if (offset + size > fileSize)
      throw new Mp4HeaderError("truncated", `the file ends inside its "${type}" box`);
    if (type === "moov") {
      if (moov) throw new Mp4HeaderError("malformed", "two moov boxes");
      if (size > MAX_MOOV_BYTES) throw new Mp4HeaderError("malformed", "the moov box is too large");
      const header = head.readUInt32BE(0) === 1 ? 16 : 8;
      moov = Buffer.alloc(size - header);
      await handle.read(moov, 0, moov.length, offset + header);
    }
    offset += size;
  }
  if (!moov) throw new Mp4HeaderError(fileSize > 0 ? "truncated" : "not_mp4", "no moov box");
  return moov;
}

interface Box {
  type: string;
  /** The box's content, after its header. */
  body: Buffer;
}

/** The boxes inside `data`, each checked to fit in it. */
function children(data: Buffer): Box[] {
  const boxes: Box[] = [];
  for (let at = 0; at + 8 <= data.length;) {
    let size = data.readUInt32BE(at);
    let header = 8;
    if (size === 1) {
      if (at + 16 > data.length) throw new Mp4HeaderError("malformed", "a box header is cut off");
      size = Number(data.readBigUInt64BE(at + 8));
      header = 16;
    } else if (size === 0) size = data.length - at;
    const type = data.toString("latin1", at + 4, at + 8);
    if (size < header || at + size > data.length)
      throw new Mp4HeaderError("malformed", `box "${type}" overruns its parent`);
    boxes.push({ type, body: data.subarray(at + header, at + size) });
    at += size;
  }
  return boxes;
}

const child = (boxes: Box[], type: string) => boxes.find((b) => b.type === type);
function need(boxes: Box[], type: string): Box {
  const box = child(boxes, type);
  if (!box) throw new Mp4HeaderError("malformed", `no "${type}" box`);
  return box;
}

/** Reads inside a box's content, as malformed (not a RangeError) when it is too short. */
function field<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof Mp4HeaderError) throw error;
    throw new Mp4HeaderError("malformed", "a box is too short for its fields");
  }
}

/** `mvhd` and `mdhd` share their layout up to the duration. */
function timing(body: Buffer): number {
  return field(() => {
    const v1 = body[0] === 1;
    const timescale = body.readUInt32BE(v1 ? 20 : 12);
    const duration = v1 ? Number(body.readBigUInt64BE(24)) : body.readUInt32BE(16);
    if (timescale === 0) throw new Error("no timescale");
    return duration / timescale;
  });
}

function parseMoov(moov: Buffer): Mp4Header {
  const boxes = children(moov);
  const durationSec = timing(need(boxes, "mvhd").body);
  const tracks = boxes.filter((b) => b.type === "trak").map((trak) => parseTrak(children(trak.body)));
  return { durationSec, tracks };
}

function parseTrak(trak: Box[]): Mp4Track {
  const tkhd = need(trak, "tkhd").body;
  const mdia = children(need(trak, "mdia").body);
  const stbl = children(need(children(need(mdia, "minf").body), "stbl").body);
  const stsd = need(stbl, "stsd").body;
  const entries = children(stsd.subarray(8));
  if (entries.length !== 1) throw new Mp4HeaderError("malformed", "a track has other than one sample entry");
  const entry = entries[0]!;
  const track: Mp4Track = {
    handler: field(() => need(mdia, "hdlr").body.toString("latin1", 8, 12)),
    codec: entry.type,
    durationSec: timing(need(mdia, "mdhd").body),
    samples: field(() => need(stbl, "stsz").body.readUInt32BE(8)),
    width: 0,
    height: 0,
  };
  if (track.handler !== "vide") return track;
  const at = tkhd[0] === 1 ? 88 : 76;
  const sizes = [
    field(() => ({ width: tkhd.readUInt32BE(at) / 65536, height: tkhd.readUInt32BE(at + 4) / 65536 })),
    field(() => ({ width: entry.body.readUInt16BE(24), height: entry.body.readUInt16BE(26) })),
    ...parameterSets(entry).map(spsSize),
  ];
  track.width = Math.max(...sizes.map((s) => s.width));
  track.height = Math.max(...sizes.map((s) => s.height));
  return track;
}

/** The SPSs of an H.264 sample entry's `avcC` (none for other codecs). */
function parameterSets(entry: Box): Buffer[] {
  if (entry.type !== "avc1" && entry.type !== "avc3") return [];
  const avcC = child(children(entry.body.subarray(78)), "avcC")?.body;
  if (!avcC) throw new Mp4HeaderError("malformed", "an H.264 track has no avcC box");
  return field(() => {
    const sets: Buffer[] = [];
    let at = 6;
    for (let n = avcC[5]! & 0x1f; n > 0; n--) {
      const length = avcC.readUInt16BE(at);
      if (at + 2 + length > avcC.length) throw new Error("overrun");
      sets.push(avcC.subarray(at + 2, at + 2 + length));
      at += 2 + length;
    }
    if (sets.length === 0) throw new Mp4HeaderError("malformed", "an H.264 track has no SPS in avcC");
    return sets;
  });
}

function spsSize(sps: Buffer) {
  try {
    return spsFrameSize(sps);
  } catch (error) {
    throw new Mp4HeaderError("malformed", `its H.264 parameters do not parse (${(error as Error).message})`);
  }
}
