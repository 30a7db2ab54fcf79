import type { ByteRange } from "./types";

/**
 * One `Range: bytes=…` against an object of `size` bytes (RFC 9110 §14.2). `null` means "send the
 * whole object": no header, another unit, or several ranges (which a server may ignore). A single
 * range that is malformed, reversed or starts past the end is `"unsatisfiable"` (416).
 */
export function parseRange(header: string | null, size: number): ByteRange | "unsatisfiable" | null {
  if (!header) return null;
  const match = /^\s*bytes\s*=\s*(.*)$/i.exec(header);
  if (!match) return null;
  const spec = (match[1] ?? "").trim();
  if (spec.includes(",")) return null;

  const parts = /^(\d*)\s*-\s*(\d*)$/.exec(spec);
  const first = parts?.[1] ?? "";
  const last = parts?.[2] ?? "";
  if (!parts || (first === "" && last === "")) return "unsatisfiable";

  if (first === "") {
    const suffix = Number(last);
    if (!Number.isSafeInteger(suffix) || suffix === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === "" ? size - 1 : Number(last);
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return "unsatisfiable";
  if (end < start || start >= size) return "unsatisfiable";
  return { start, end: Math.min(end, size - 1) };
}
