import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isPrivateAddress } from "./private-address";
import {
  downloadMedia,
  fetchMedia,
  isMediaFetchError,
  MediaFetchError,
  parseAllowedMediaHost,
  type FetchMediaOptions,
} from "./safe-fetch";

const video = Buffer.alloc(2048, 7);
const requests: string[] = [];
let server: Server;
let host: string;
const port = () => host.split(":")[1];

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
      case "/to-localhost":
        res.writeHead(302, { location: `http://localhost:${port()}/video.mp4` }).end();
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
  expect(isMediaFetchError(error)).toBe(true);
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

  it("reports an HTTP error status, naming the host", async () => {
    const error = await failure(fetchMedia(`http://${host}/missing`, local()));
    expect(error).toMatchObject({ code: "http_error", status: 404, host });
  });
});

describe("fetchMedia with operator-listed origins", () => {
  /** No test-only switches: only what the list itself allows. */
  const strict = (allowedHosts: string[]): FetchMediaOptions => ({
    allowedHosts,
    maxBytes: 2048,
    timeoutMs: 2_000,
  });

  it("fetches plain http from a private address when that exact origin is listed", async () => {
    const media = await fetchMedia(`http://${host}/hop`, strict([`HTTP://${host}/`]));
    expect(media.body.equals(video)).toBe(true);
    const viaName = await fetchMedia(
      `http://localhost:${port()}/video.mp4`,
      strict([`http://localhost:${port()}`]),
    );
    expect(viaName.size).toBe(2048);
  });

  it("allows only that scheme, host and port", async () => {
    const before = requests.length;
    for (const entry of [
      `https://${host}`,
      `http://127.0.0.1:${Number(port()) + 1}`,
      "http://127.0.0.1",
      `http://localhost:${port()}`,
    ]) {
      const error = await failure(fetchMedia(`http://${host}/video.mp4`, strict([entry])));
      expect(error.code).toBe("host_not_allowed");
      expect(error.message).toBe(`http://${host} is not an allowed media host.`);
    }
    expect(requests.length).toBe(before);
  });

  it("keeps bare hosts to https and public addresses, also when an origin is listed beside them", async () => {
    const before = requests.length;
    expect((await failure(fetchMedia(`http://${host}/video.mp4`, strict([host])))).code).toBe("bad_url");
    const list = [`http://localhost:${port()}`, host];
    const error = await failure(fetchMedia(`https://${host}/video.mp4`, strict(list)));
    expect(error).toMatchObject({ code: "private_address", host });
    expect(requests.length).toBe(before);
  });

  it("checks every redirect: a listed origin cannot lead to an unlisted or private host", async () => {
    const away = await failure(fetchMedia(`http://${host}/away`, strict([`http://${host}`])));
    expect(away).toMatchObject({ code: "host_not_allowed", host: "evil.example" });
    expect(away.message).toBe("http://evil.example is not an allowed media host.");

    // localhost is listed only as a bare host: https only, and it must resolve to a public address.
    const list = [`http://${host}`, `localhost:${port()}`];
    const before = requests.length;
    expect((await failure(fetchMedia(`http://${host}/to-localhost`, strict(list)))).code).toBe("bad_url");
    const resolved = await failure(
      fetchMedia(`http://${host}/to-localhost`, { ...strict(list), allowHttp: true }),
    );
    expect(resolved).toMatchObject({ code: "private_address", host: `localhost:${port()}` });
    // Only the listed origin was asked; the loopback hop was refused before connecting.
    expect(requests.slice(before)).toEqual(["/to-localhost", "/to-localhost"]);
  });
});

describe("parseAllowedMediaHost", () => {
  it.each([
    ["cdn.acedata.cloud", { kind: "host", hostname: "cdn.acedata.cloud", port: null }],
    [" CDN.Example.com:8443 ", { kind: "host", hostname: "cdn.example.com", port: "8443" }],
    ["[::1]:8080", { kind: "host", hostname: "[::1]", port: "8080" }],
    [
      "http://media.internal:8080",
      { kind: "origin", protocol: "http:", hostname: "media.internal", port: "8080" },
    ],
    [
      "https://cdn.example.com/",
      { kind: "origin", protocol: "https:", hostname: "cdn.example.com", port: "443" },
    ],
    ["http://10.0.0.5", { kind: "origin", protocol: "http:", hostname: "10.0.0.5", port: "80" }],
  ])("reads %j", (entry, expected) => {
    expect(parseAllowedMediaHost(entry)).toEqual(expected);
  });

  it.each([
    "",
    "ftp://cdn.example.com",
    "https://cdn.example.com/videos",
    "https://user:pw@cdn.example.com",
    "https://cdn.example.com?x=1",
    "cdn.example.com/videos",
    "-bad.example.com",
    "cdn.example.com:99999",
    "http://",
    "*.example.com",
  ])("refuses %j", (entry) => {
    expect(parseAllowedMediaHost(entry)).toBeNull();
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

describe("downloadMedia", () => {
  it("streams to a file with its size and SHA-256, and keeps the same caps and checks", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "download-test-"));
    try {
      const file = path.join(dir, "v.mp4");
      const media = await downloadMedia(`http://${host}/hop`, local(), file);
      expect(readFileSync(file).equals(video)).toBe(true);
      expect(media).toMatchObject({
        size: 2048,
        contentType: "video/mp4",
        url: `http://${host}/video.mp4`,
        sha256: createHash("sha256").update(video).digest("hex"),
      });
      expect((await failure(downloadMedia(`http://${host}/chunked`, local(), file))).code).toBe("too_large");
      expect((await failure(downloadMedia(`http://${host}/missing`, local(), file))).code).toBe("http_error");
      expect(
        (await failure(downloadMedia(`http://${host}/slow`, local({ timeoutMs: 300 }), file))).code,
      ).toBe("timeout");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
