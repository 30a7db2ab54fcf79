import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPrivateAddress } from "./private-address";
import { fetchMedia, MediaFetchError, type FetchMediaOptions } from "./safe-fetch";

const video = Buffer.alloc(2048, 7);
const requests: string[] = [];
let server: Server;
let host: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? "");
    switch (req.url) {
      case "/video.mp4":
        res.writeHead(200, { "content-type": "video/mp4", "content-length": video.length }).end(video);
        break;
      case "/hop":
        res.writeHead(302, { location: "/video.mp4" }).end();
        break;
      case "/away":
        res.writeHead(302, { location: "http://evil.example/video.mp4" }).end();
        break;
      case "/loop":
        res.writeHead(302, { location: "/loop" }).end();
        break;
      case "/chunked":
        // No content-length: the cap must hold while the bytes arrive.
        res.writeHead(200, { "content-type": "video/mp4" });
        res.write(Buffer.alloc(1024));
        res.end(Buffer.alloc(1025));
        break;
      case "/slow":
        res.writeHead(200, { "content-type": "video/mp4" });
        res.write(Buffer.alloc(10));
        break;
      case "/missing":
        res.writeHead(404).end();
        break;
      default:
        // "/silent": never answers.
        break;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

const local = (overrides: Partial<FetchMediaOptions> = {}): FetchMediaOptions => ({
  allowedHosts: [host],
  maxBytes: 2048,
  timeoutMs: 2_000,
  allowHttp: true,
  allowPrivateNetwork: true,
  ...overrides,
});

async function failure(promise: Promise<unknown>): Promise<MediaFetchError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MediaFetchError);
  return error as MediaFetchError;
}

describe("fetchMedia", () => {
  it("downloads from an allowed host, following a redirect", async () => {
    const media = await fetchMedia(`http://${host}/hop`, local());
    expect(media.body.equals(video)).toBe(true);
    expect(media).toMatchObject({ contentType: "video/mp4", size: 2048, url: `http://${host}/video.mp4` });
  });

  it("refuses a host outside the list before sending anything", async () => {
    const before = requests.length;
    const error = await failure(fetchMedia(`http://localhost:${host.split(":")[1]}/video.mp4`, local()));
    expect(error.code).toBe("host_not_allowed");
    expect(requests.length).toBe(before);
  });

  it("refuses plain http unless allowed, and URLs that are not URLs", async () => {
    expect((await failure(fetchMedia(`http://${host}/video.mp4`, local({ allowHttp: false })))).code).toBe(
      "bad_url",
    );
    expect((await failure(fetchMedia("not a url", local()))).code).toBe("bad_url");
    expect((await failure(fetchMedia(`ftp://${host}/video.mp4`, local()))).code).toBe("bad_url");
  });

  it("refuses loopback addresses, literal or resolved, without sending anything", async () => {
    const before = requests.length;
    const port = host.split(":")[1];
    const literal = await failure(
      fetchMedia(`http://${host}/video.mp4`, local({ allowPrivateNetwork: false })),
    );
    expect(literal.code).toBe("private_address");
    const resolved = await failure(
      fetchMedia(
        `http://localhost:${port}/video.mp4`,
        local({ allowedHosts: [`LOCALHOST:${port}`], allowPrivateNetwork: false }),
      ),
    );
    expect(resolved.code).toBe("private_address");
    expect(requests.length).toBe(before);
  });

  it("refuses a redirect to a host outside the list", async () => {
    const error = await failure(fetchMedia(`http://${host}/away`, local()));
    expect(error.code).toBe("host_not_allowed");
    expect(error.message).toContain("evil.example");
  });

  it("stops after three redirects", async () => {
    const before = requests.length;
    const error = await failure(fetchMedia(`http://${host}/loop`, local()));
    expect(error.code).toBe("http_error");
    expect(requests.length - before).toBe(4);
  });

  it("refuses media over the cap, by declared length and while streaming", async () => {
    const declared = await failure(fetchMedia(`http://${host}/video.mp4`, local({ maxBytes: 2047 })));
    expect(declared.code).toBe("too_large");
    const streamed = await failure(fetchMedia(`http://${host}/chunked`, local()));
    expect(streamed.code).toBe("too_large");
  });

  it("gives up on a server that stalls, before or during the body", async () => {
    const started = Date.now();
    expect((await failure(fetchMedia(`http://${host}/slow`, local({ timeoutMs: 300 })))).code).toBe(
      "timeout",
    );
    expect((await failure(fetchMedia(`http://${host}/silent`, local({ timeoutMs: 300 })))).code).toBe(
      "timeout",
    );
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("reports an HTTP error status", async () => {
    const error = await failure(fetchMedia(`http://${host}/missing`, local()));
    expect(error).toMatchObject({ code: "http_error", status: 404 });
  });
});

describe("isPrivateAddress", () => {
  it.each([
    "10.0.0.1",
    "172.16.5.4",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "127.0.0.1",
    "0.0.0.0",
    "::1",
    "::",
    "fc00::1",
    "fd00:ec2::254",
    "fe80::1",
    "::ffff:127.0.0.1",
    "::ffff:a9fe:a9fe",
    "64:ff9b::a00:1",
    "2002:c0a8:101::1",
    "not-an-ip",
  ])("blocks %s", (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each([
    "93.184.216.34",
    "8.8.8.8",
    "172.32.0.1",
    "100.128.0.1",
    "2606:4700:4700::1111",
    "::ffff:8.8.8.8",
  ])("allows %s", (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});
