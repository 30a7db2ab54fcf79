import { describe, expect, it } from "vitest";
import { PEER_ADDRESS_HEADER } from "@/lib/net/peer-address";
import { clientIpFrom, UNKNOWN_IP } from "./client-ip";

const request = (headers: Record<string, string>) => new Headers(headers);

describe("clientIpFrom", () => {
  it("with no trusted proxy, takes the connection's own address and ignores what the client wrote", () => {
    const forged = { "x-forwarded-for": "203.0.113.9", "x-real-ip": "203.0.113.10" };
    expect(clientIpFrom(request({ ...forged, [PEER_ADDRESS_HEADER]: "198.51.100.4" }), 0)).toBe(
      "198.51.100.4",
    );
    expect(clientIpFrom(request({ [PEER_ADDRESS_HEADER]: "::ffff:198.51.100.4" }), 0)).toBe("198.51.100.4");
    expect(clientIpFrom(request(forged), 0)).toBe(UNKNOWN_IP);
    expect(clientIpFrom(request({}), 0)).toBe(UNKNOWN_IP);
  });

  it("takes the entry the one trusted proxy appended, not what the client wrote before it", () => {
    const headers = request({ "x-forwarded-for": "6.6.6.6, 198.51.100.7" });
    expect(clientIpFrom(headers, 1)).toBe("198.51.100.7");
  });

  it("counts N entries from the right behind N proxies", () => {
    const headers = request({ "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.2" });
    expect(clientIpFrom(headers, 2)).toBe("198.51.100.7");
    expect(clientIpFrom(headers, 3)).toBe("6.6.6.6");
  });

  it("uses the leftmost entry when fewer proxies appended than configured", () => {
    expect(clientIpFrom(request({ "x-forwarded-for": "198.51.100.7" }), 2)).toBe("198.51.100.7");
  });

  it("never uses X-Real-IP, and treats garbage or an empty header as unknown", () => {
    expect(clientIpFrom(request({ "x-real-ip": "198.51.100.7" }), 1)).toBe(UNKNOWN_IP);
    expect(clientIpFrom(request({ "x-forwarded-for": "1.2.3.4, not-an-ip" }), 1)).toBe(UNKNOWN_IP);
    expect(clientIpFrom(request({ "x-forwarded-for": " , " }), 1)).toBe(UNKNOWN_IP);
  });

  it("keeps IPv6 addresses, lower-cased so one client is one bucket", () => {
    expect(clientIpFrom(request({ "x-forwarded-for": "2001:DB8::1" }), 1)).toBe("2001:db8::1");
  });
});
