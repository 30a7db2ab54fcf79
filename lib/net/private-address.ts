import { BlockList, isIP } from "node:net";

// Loopback, private, CGNAT, link-local (cloud metadata at 169.254.169.254), benchmarking,
// documentation, multicast and reserved: nothing a CDN lives on.
const IPV4_RANGES: Array<[string, number]> = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
];

const IPV6_RANGES: Array<[string, number]> = [
  ["::", 96], // unspecified, loopback and the deprecated IPv4-compatible form
  ["100::", 64], // discard
  ["2001::", 32], // Teredo tunnels, which embed an address we cannot see
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local (includes AWS's fd00:ec2::254 metadata)
  ["fe80::", 10], // link-local
  ["fec0::", 10], // deprecated site-local
  ["ff00::", 8], // multicast
];

// IPv6 forms that carry an IPv4 address inside: mapped (::ffff:a.b.c.d), NAT64 (64:ff9b::a.b.c.d)
// and 6to4 (2002:AABB:CCDD::). Each blocked IPv4 range is blocked in each of them too.
const IPV4_CARRIERS: Array<{ prefix: (hex: string) => string; offset: number }> = [
  { prefix: (hex) => `::ffff:${hex}`, offset: 96 },
  { prefix: (hex) => `64:ff9b::${hex}`, offset: 96 },
  { prefix: (hex) => `2002:${hex}::`, offset: 16 },
];

const blocked = new BlockList();
for (const [address, bits] of IPV4_RANGES) {
  blocked.addSubnet(address, bits, "ipv4");
  const hex = ipv4ToHex(address);
  for (const carrier of IPV4_CARRIERS) blocked.addSubnet(carrier.prefix(hex), carrier.offset + bits, "ipv6");
}
for (const [address, bits] of IPV6_RANGES) blocked.addSubnet(address, bits, "ipv6");

/** True for any address a server-side fetch must not reach; anything that is not an IP counts as blocked. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const family = isIP(bare);
  if (family === 0) return true;
  return blocked.check(bare, family === 4 ? "ipv4" : "ipv6");
}

function ipv4ToHex(address: string): string {
  const [a = 0, b = 0, c = 0, d = 0] = address.split(".").map(Number);
  return `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
}
