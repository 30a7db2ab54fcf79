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
