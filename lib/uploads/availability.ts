import { isIP } from "node:net";
import { isPrivateAddress } from "@/lib/net/private-address";

export type UploadAvailability = { available: true } | { available: false; reason: string };

export const NEEDS_PUBLIC_ADDRESS =
  "Reference images need a public address: set APP_URL to this studio's public URL, or use S3 storage (STORAGE_DRIVER=s3).";

// Names that only resolve inside a machine or a private network.
const PRIVATE_SUFFIXES = [".localhost", ".local", ".internal", ".lan", ".home.arpa"];

/**
 * Whether the upstream could fetch the images we would send it. In demo mode the simulator is this
 * server; S3 hands out presigned bucket URLs; otherwise our own signed URLs on APP_URL must be
 * reachable from the internet, which a loopback or private address never is.
 */
export function imageUploadAvailability(config: {
  demo: boolean;
  storageDriver: "local" | "s3";
  appUrl?: string;
}): UploadAvailability {
  if (config.demo || config.storageDriver === "s3") return { available: true };
  if (config.appUrl && isPublicUrl(config.appUrl)) return { available: true };
  return { available: false, reason: NEEDS_PUBLIC_ADDRESS };
}

export function isPublicUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  if (protocol !== "https:" && protocol !== "http:") return false;
  const host = hostname
    .replace(/^\[|\]$/g, "")
    .replace(/\.$/, "")
    .toLowerCase();
  if (isIP(host)) return !isPrivateAddress(host);
  if (host === "localhost" || !host.includes(".")) return false;
  return !PRIVATE_SUFFIXES.some((suffix) => host.endsWith(suffix));
}
