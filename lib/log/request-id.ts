/**
 * The id a request is logged under: a front proxy's own `x-request-id` when it sent a plausible
 * one (so its logs and ours join), else a new one. Free of server-only imports: the proxy uses it.
 */
export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && /^[\w.:-]{8,100}$/.test(incoming) ? incoming : crypto.randomUUID();
}
