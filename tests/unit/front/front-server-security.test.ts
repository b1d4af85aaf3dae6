import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { canonicalPath, classifyPath } from "@/scripts/lib/front-paths.mjs";
import { MAX_ENTRY_BYTES, PURGE_PATH, createFrontServer } from "@/scripts/lib/front-server.mjs";
import { freePort, rawLine, rawRequest } from "./helpers";

// The front server as an attacker meets it: crafted paths, a forged Host, forged internal
// headers, and large or non-HTML answers under a locale prefix.

describe("canonicalPath: the path as Next.js routes it, in one spelling", () => {
  it.each([
    ["/vi/news", "/vi/news"],
    ["/vi/../media/library/a.pdf", "/media/library/a.pdf"],
    ["/vi/./forum/track/ABCD2345", "/vi/forum/track/ABCD2345"],
    ["/vi/forum/x/../track/ABCD2345", "/vi/forum/track/ABCD2345"],
    ["/vi/%2e%2e/media/a.pdf", "/media/a.pdf"],
    ["/vi/.%2E/media/a.pdf", "/media/a.pdf"],
    ["/vi/%2e/forum/track/X", "/vi/forum/track/X"],
    ["//vi//forum///track/X", "/vi/forum/track/X"],
    ["/vi\\..\\media\\a.pdf", "/media/a.pdf"],
    ["/vi/forum/%74rack/X", "/vi/forum/track/X"],
    ["/vi/n%65ws/%7e", "/vi/news/~"],
    ["/vi/news/%c3%a1", "/vi/news/%C3%A1"],
    ["/vi/forum%2ftrack/X", "/vi/forum%2Ftrack/X"],
    ["/..", "/"],
    ["/vi/a b", "/vi/a%20b"],
  ])("%s → %s", (raw, canonical) => {
    expect(canonicalPath(raw)).toBe(canonical);
  });

  it("refuses what is not a path", () => {
    expect(canonicalPath("http://evil.example/vi")).toBeNull();
    expect(canonicalPath("*")).toBeNull();
  });
});

describe("classifyPath", () => {
  it.each([
    ["/vi/forum/track", "private"],
    ["/vi/forum/track/ABCD2345", "private"],
    ["/hmn/forum/track/ABCD2345", "private"],
    ["/vi/forum%2Ftrack/ABCD2345", "private"],
    ["/vi/forum%252Ftrack/ABCD2345", "public"],
    ["/vi/forum", "public"],
    ["/vi/forum/tracking-tips", "public"],
    ["/vi", "public"],
    ["/media/library/a.pdf", "other"],
    ["/admin/forum", "other"],
    ["/video/x", "other"],
    ["/u/Ab3dE5gH9k", "private"],
    ["/u%2FAb3dE5gH9k", "private"],
    ["/u", "other"],
    ["/users/x", "other"],
  ])("%s is %s", (path, kind) => {
    expect(classifyPath(path)).toBe(kind);
  });
});

describe("front server under attack", () => {
  const BIG = 3 * 1024 * 1024;
  let renders = 0;
  let upstreamHits = 0;
  let lastHeaders: http.IncomingHttpHeaders = {};
  let releaseDownload: () => void = () => {};
  let upstream: http.Server;
  let front: http.Server;
  let port = 0;
  const token = "security-token";

  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      upstreamHits++;
      lastHeaders = req.headers;
      if (req.url === "/vi/data/download.csv") {
        // A download under a locale: the first bytes, then the rest only when the test says so.
        res.writeHead(200, { "content-type": "text/csv; charset=utf-8" });
        res.write("commune,value\n");
        releaseDownload = () => res.end("Minh Dân,1\n");
      } else if (req.url === "/vi/huge") {
        renders++;
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(`<html><body>${"x".repeat(BIG)}</body></html>`);
      } else if (req.url?.startsWith("/vi") || req.url?.startsWith("/en")) {
        renders++;
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(
          `<html><head><title>T</title><meta name="description" content="D"><link rel="canonical" href="http://${req.headers["x-forwarded-host"]}${req.url}"></head><body>${renders}</body></html>`,
        );
      } else {
        res.writeHead(200, { "content-type": "application/octet-stream" }).end("file");
      }
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    port = await freePort();
    front = createFrontServer({
      upstreamPort: (upstream.address() as AddressInfo).port,
      purgeToken: token,
      publicUrl: `http://127.0.0.1:${port}`,
      allowedHosts: ["10.1.2.3"],
    });
    await new Promise<void>((resolve) => front.listen(port, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => front.close(resolve));
    await new Promise((resolve) => upstream.close(resolve));
  });
  beforeEach(async () => {
    await rawRequest(port, PURGE_PATH, { method: "POST", headers: { "x-purge-token": token } });
    renders = 0;
    upstreamHits = 0;
  });

  it.each([
    ["/vi/../media/library/big.pdf", "/media/library/big.pdf"],
    ["/vi/./forum/track/ABCD2345", "/vi/forum/track/ABCD2345"],
    ["/vi/forum/x/../track/ABCD2345?sent=1", "/vi/forum/track/ABCD2345?sent=1"],
    ["/vi/%2e%2e/media/a.pdf", "/media/a.pdf"],
    ["//vi//news", "/vi/news"],
  ])("redirects %s to its canonical address before anything else", async (raw, location) => {
    const response = await rawRequest(port, raw);
    expect(response.status).toBe(308);
    expect(response.headers.location).toBe(location);
    expect(upstreamHits).toBe(0);
  });

  it("never stores a private page reached through an encoded slash", async () => {
    const first = await rawRequest(port, "/vi/forum%2Ftrack/ABCD2345");
    await rawRequest(port, "/vi/forum%2Ftrack/ABCD2345");
    expect(renders).toBe(2);
    expect(first.headers["cache-control"]).toBe("private, no-store");
    expect(first.headers["x-robots-tag"]).toBe("noindex, nofollow");
  });

  it("answers a request line that is not a path with 400", async () => {
    expect(await rawLine(port, "GET http://evil.example/vi HTTP/1.1\r\nHost: evil.example\r\n\r\n")).toMatch(/^HTTP\/1\.1 400/);
    expect(upstreamHits).toBe(0);
  });

  it("streams a download under a locale instead of reading it into memory", async () => {
    const firstBytes = await new Promise<string>((resolve, reject) => {
      const request = http.get({ host: "127.0.0.1", port, path: "/vi/data/download.csv", agent: false }, (response) => {
        response.once("data", (chunk: Buffer) => resolve(chunk.toString()));
      });
      request.on("error", reject);
      setTimeout(() => reject(new Error("nothing arrived before the upstream finished: the body was buffered")), 3000);
    });
    expect(firstBytes).toBe("commune,value\n");
    releaseDownload();
  });

  it("streams an HTML page over the size limit and does not keep it", async () => {
    const first = await rawRequest(port, "/vi/huge");
    expect(first.status).toBe(200);
    expect(first.body.length).toBeGreaterThan(MAX_ENTRY_BYTES);
    expect(first.body.toString().endsWith("</body></html>")).toBe(true);
    await rawRequest(port, "/vi/huge");
    expect(renders).toBe(2);
  });

  it("compresses on the thread pool, never with the synchronous zlib calls", async () => {
    const gzipSync = vi.spyOn(zlib, "gzipSync");
    const brotliSync = vi.spyOn(zlib, "brotliCompressSync");
    const response = await rawRequest(port, "/vi/compressed", { headers: { "accept-encoding": "br" } });
    expect(response.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(response.body).toString()).toContain("<body>1</body>");
    expect(gzipSync).not.toHaveBeenCalled();
    expect(brotliSync).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it("renders a forged Host's page for the public address and never stores it", async () => {
    const forged = await rawRequest(port, "/en/news", { headers: { host: "evil.example" } });
    expect(lastHeaders.host).toBe(`127.0.0.1:${port}`);
    expect(lastHeaders["x-forwarded-host"]).toBe(`127.0.0.1:${port}`);
    expect(forged.headers["x-portal-cache"]).toBe("BYPASS");
    expect(forged.body.toString()).not.toContain("evil.example");
    const normal = await rawRequest(port, "/en/news");
    expect(normal.headers["x-portal-cache"]).toBe("MISS");
    expect(normal.body.toString()).toContain(`href="http://127.0.0.1:${port}/en/news"`);
  });

  it("shares one stored page between the public host and an accepted one", async () => {
    await rawRequest(port, "/vi/shared", { headers: { host: "10.1.2.3" } });
    const second = await rawRequest(port, "/vi/shared");
    expect(second.headers["x-portal-cache"]).toBe("HIT");
    expect(renders).toBe(1);
  });

  it("drops the headers only the portal may set", async () => {
    await rawRequest(port, "/api/x", {
      headers: { "x-portal-locale": "en", "x-portal-path": "/admin", "x-nonce": "abc", "x-middleware-subrequest": "proxy" },
    });
    expect(lastHeaders["x-portal-locale"]).toBeUndefined();
    expect(lastHeaders["x-portal-path"]).toBeUndefined();
    expect(lastHeaders["x-nonce"]).toBeUndefined();
    expect(lastHeaders["x-middleware-subrequest"]).toBeUndefined();
  });
});
