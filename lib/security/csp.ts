/**
 * The Content-Security-Policy for one response. Scripts run only with this request's nonce
 * ('strict-dynamic' lets Next's own chunks load). Styles allow inline because Radix and sonner
 * position elements with style attributes; style injection cannot run code.
 */
export function contentSecurityPolicy(
  nonce: string,
  options: { dev: boolean; mediaOrigins?: string[] },
): string {
  const media = ["'self'", "blob:", "data:", ...(options.mediaOrigins ?? [])].join(" ");
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src ${media}`,
    `media-src ${media}`,
    "font-src 'self' data:",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "manifest-src 'self'",
    "worker-src 'self' blob:",
    ...(options.dev ? [] : ["upgrade-insecure-requests"]),
  ].join("; ");
}

/**
 * Where videos and images may load from besides this origin: the provider's CDN (a video plays
 * from there until our copy is stored) and an S3-compatible bucket's presigned URLs.
 */
export function mediaOriginsFromEnv(source: Record<string, string | undefined>): string[] {
  const hosts = (source.ACEDATA_MEDIA_HOSTS || "cdn.acedata.cloud")
    .split(",")
    .map((h) => h.trim())
    .flatMap((h) => {
      // Bare hosts are https; an operator may list a full origin (http://media.internal:8080).
      if (/^[a-z0-9.-]+(:\d+)?$/i.test(h)) return [`https://${h}`];
      return /^https?:\/\/[a-z0-9.-]+(:\d+)?\/?$/i.test(h) ? [new URL(h).origin] : [];
    });
  const s3 = source.STORAGE_DRIVER === "s3" ? s3Origin(source) : [];
  // Demo mode's simulator serves its videos from this server's loopback address.
  const port = source.PORT || "3000";
  const demo = source.ACEDATA_API_TOKEN ? [] : [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  return [...hosts, ...s3, ...demo];
}

function s3Origin(source: Record<string, string | undefined>): string[] {
  if (source.S3_ENDPOINT && URL.canParse(source.S3_ENDPOINT)) {
    const endpoint = new URL(source.S3_ENDPOINT);
    const pathStyle = source.S3_FORCE_PATH_STYLE === "true" || source.S3_FORCE_PATH_STYLE === "1";
    return [
      pathStyle || !source.S3_BUCKET
        ? endpoint.origin
        : `${endpoint.protocol}//${source.S3_BUCKET}.${endpoint.host}`,
    ];
  }
  return source.S3_BUCKET
    ? [`https://${source.S3_BUCKET}.s3.${source.S3_REGION || "us-east-1"}.amazonaws.com`]
    : [];
}
