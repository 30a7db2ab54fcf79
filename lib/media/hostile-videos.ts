/**
 * For tests: a valid MP4 patched to lie, the way a hostile upload would. Each keeps every box size
 * (so offsets into mdat stay right) and changes only what the header claims.
 */
const CONTAINERS = new Set(["moov", "trak", "mdia", "minf", "stbl"]);
/** Bytes between a box's header and its children, for boxes that hold both fields and boxes. */
const CHILDREN_AT: Record<string, number> = { stsd: 8, avc1: 78, avc3: 78 };

interface Located {
  type: string;
  /** Where the box's content starts (after its 8-byte header). */
  body: number;
  end: number;
}

function* boxes(mp4: Buffer, start = 0, end = mp4.length): Generator<Located> {
  for (let at = start; at + 8 <= end;) {
    const size = mp4.readUInt32BE(at);
    const box = { type: mp4.toString("latin1", at + 4, at + 8), body: at + 8, end: at + size };
    yield box;
    if (CONTAINERS.has(box.type) || box.type in CHILDREN_AT)
      yield* boxes(mp4, box.body + (CHILDREN_AT[box.type] ?? 0), box.end);
    at += size;
  }
}

/** The movie and each track claim `seconds` (mvhd and every mdhd, version 0 boxes). */
export function claimDuration(mp4: Buffer, seconds: number): Buffer {
  const out = Buffer.from(mp4);
  for (const box of boxes(out)) {
    if (box.type !== "mvhd" && box.type !== "mdhd") continue;
    const timescale = out.readUInt32BE(box.body + 12);
    out.writeUInt32BE(seconds * timescale, box.body + 16);
  }
  return out;
}

/**
 * The H.264 SPS (what the decoder believes) claims a `width`×`height` frame, while the container's
 * tkhd and sample entry still give the real size. The new SPS is a minimal baseline one, padded
 * with zeros to the old one's length.
 */
export function claimFrameSize(mp4: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(mp4);
  const avcC = [...boxes(out)].find((b) => b.type === "avcC");
  if (!avcC) throw new Error("no avcC box");
  const length = out.readUInt16BE(avcC.body + 6);
  const sps = baselineSps(width, height);
  if (sps.length > length) throw new Error("the new SPS does not fit in the old one's place");
  out.fill(0, avcC.body + 8, avcC.body + 8 + length);
  sps.copy(out, avcC.body + 8);
  return out;
}

/** The first `bytes` of the file, as an interrupted download leaves it. */
export const truncate = (mp4: Buffer, bytes: number) => Buffer.from(mp4.subarray(0, bytes));

function baselineSps(width: number, height: number): Buffer {
  const bits: number[] = [];
  const u = (n: number, value: number) => {
    for (let i = n - 1; i >= 0; i--) bits.push(Math.floor(value / 2 ** i) % 2);
  };
  const ue = (value: number) => {
    const length = Math.floor(Math.log2(value + 1));
    u(length, 0);
    u(length + 1, value + 1);
  };
  u(8, 0x67); // NAL header: SPS
  u(8, 66); // baseline profile
  u(8, 0xc0); // constraint flags
  u(8, 51); // level 5.1
  ue(0); // seq_parameter_set_id
  ue(0); // log2_max_frame_num_minus4
  ue(2); // pic_order_cnt_type
  ue(1); // max_num_ref_frames
  u(1, 0); // gaps_in_frame_num_value_allowed_flag
  ue(Math.ceil(width / 16) - 1);
  ue(Math.ceil(height / 16) - 1);
  u(1, 1); // frame_mbs_only_flag
  u(1, 1); // direct_8x8_inference_flag
  u(1, 0); // frame_cropping_flag
  u(1, 0); // vui_parameters_present_flag
  u(1, 1); // rbsp_stop_one_bit
  while (bits.length % 8) bits.push(0);
  const raw: number[] = [];
  for (let i = 0; i < bits.length; i += 8) raw.push(parseInt(bits.slice(i, i + 8).join(""), 2));
  // Emulation prevention: never 00 00 0x (x ≤ 3) inside a NAL unit.
  const escaped: number[] = [];
  for (const byte of raw) {
    if (byte <= 3 && escaped.at(-1) === 0 && escaped.at(-2) === 0) escaped.push(3);
    escaped.push(byte);
  }
  return Buffer.from(escaped);
}
