import "server-only";
import { env, isDemoMode } from "@/lib/config/env";
import type { FetchMediaOptions } from "@/lib/net/safe-fetch";
import { selfUrl } from "@/lib/config/self-url";

/** The largest video we copy into storage. */
export const MAX_MIRROR_BYTES = 200 * 1024 * 1024;

/**
 * Where finished videos may be copied from, and how much of them: the hosts the operator listed
 * in ACEDATA_MEDIA_HOSTS (bare hosts: https to public addresses only; origins such as
 * `http://media.internal:8080`: exactly that scheme, host and port, private addresses allowed).
 * In demo mode the simulator is this very server on loopback over plain http, so its two
 * loopback origins are listed too — as origins, so nothing else gets plain http or a private
 * address.
 */
export function mediaPolicy(): Required<FetchMediaOptions> {
  const configured = env().ACEDATA_MEDIA_HOSTS;
  let allowedHosts = configured;
  if (isDemoMode()) {
    const self = new URL(selfUrl());
    allowedHosts = [...configured, self.origin, `http://localhost:${self.port || "80"}`];
  }
  return {
    allowedHosts,
    allowHttp: false,
    allowPrivateNetwork: false,
    maxBytes: MAX_MIRROR_BYTES,
    timeoutMs: env().MEDIA_FETCH_TIMEOUT_SECONDS * 1000,
  };
}
