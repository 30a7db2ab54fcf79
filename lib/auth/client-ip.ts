/**
 * The client's address for throttling. Only as trustworthy as the proxy in front of the app:
 * behind a load balancer the first x-forwarded-for entry is the client's.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}
