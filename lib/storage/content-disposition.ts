/**
 * `attachment; filename="ascii"; filename*=UTF-8''…` (RFC 6266 / RFC 8187): the quoted ASCII form for
 * old clients, the encoded form for everyone else. Slashes and control characters never reach either.
 */
export function contentDisposition(type: "inline" | "attachment", filename?: string): string {
  if (!filename) return type;
  const clean = filename.replace(/[\u0000-\u001f\u007f/\\]/g, "_").trim() || "download";
  const ascii = clean.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "'");
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeRfc8187(clean)}`;
}

function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
