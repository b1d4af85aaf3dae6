/**
 * Read counting at the front server (scripts/lib/read-counter.mjs): successful GETs of
 * detail-shaped public paths, stored pages included, flushed to the portal with the shared
 * secret; nothing about the reader is sent.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFrontServer } from "@/scripts/lib/front-server.mjs";
import { countReads, countedPath, createReadCounter } from "@/scripts/lib/read-counter.mjs";
import { freePort } from "./helpers";

const PAGE =
  '<!DOCTYPE html><html lang="vi"><head><title>Tin</title><meta name="description" content="D"/><link rel="canonical" href="http://localhost/vi"/></head><body><h1>Tin</h1></body></html>';

describe("countedPath", () => {
  it("counts GETs answered 200 of /{locale}/{section}/{slug}, without the query", () => {
    expect(countedPath("GET", "/vi/news/tin-a?utm=x", 200)).toBe("/vi/news/tin-a");
    expect(countedPath("GET", "/tyz/law/luat-b", 200)).toBe("/tyz/law/luat-b");
    expect(countedPath("HEAD", "/vi/news/tin-a", 200)).toBeNull();
    expect(countedPath("POST", "/vi/news/tin-a", 200)).toBeNull();
    expect(countedPath("GET", "/vi/news/khong-co", 404)).toBeNull();
    expect(countedPath("GET", "/vi/news", 200)).toBeNull();
    expect(countedPath("GET", "/vi/news/", 200)).toBeNull();
    expect(countedPath("GET", "/vi/news/a/b", 200)).toBeNull();
    expect(countedPath("GET", "/admin/articles/a", 200)).toBeNull();
    expect(countedPath("GET", "/fr/news/a", 200)).toBeNull();
  });
});

describe("createReadCounter", () => {
  it("flushes the counts once, keeps them when the portal does not take them, and bounds the paths", async () => {
    const sent: Record<string, number>[] = [];
    let fail = true;
    const counter = createReadCounter({
      intervalMs: 60_000,
      maxPaths: 2,
      send: async (counts) => {
        if (fail) throw new Error("portal restarting");
        sent.push(counts);
      },
    });
    counter.hit("GET", "/vi/news/a", 200);
    counter.hit("GET", "/vi/news/a", 200);
    counter.hit("GET", "/en/news/b", 200);
    counter.hit("GET", "/vi/news/c", 200); // a third path: over the bound, dropped
    await counter.flush();
    expect(sent).toEqual([]);
    expect(counter.pending()).toEqual({ "/vi/news/a": 2, "/en/news/b": 1 });
    fail = false;
    counter.hit("GET", "/vi/news/a", 200);
    await counter.close();
    expect(sent).toEqual([{ "/vi/news/a": 3, "/en/news/b": 1 }]);
    expect(counter.pending()).toEqual({});
    await counter.flush();
    expect(sent).toHaveLength(1); // nothing left, nothing sent
  });
});

describe("countReads on a front server", () => {
  let upstream: http.Server;
  let receiver: http.Server;
  let front: ReturnType<typeof createFrontServer>;
  let base = "";
  let renders = 0;
  const received: { token: string | undefined; body: string }[] = [];

  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      if (req.url === "/vi/news/tin-a") {
        renders++;
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE);
      } else res.writeHead(404, { "content-type": "text/html" }).end("<html><head><title>404</title></head></html>");
    });
    receiver = http.createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        received.push({ token: req.headers["x-portal-token"] as string | undefined, body });
        res.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    front = createFrontServer({ upstreamPort: (upstream.address() as AddressInfo).port, purgeToken: "t", ttlSeconds: 60, publicUrl: base });
    await new Promise<void>((resolve) => front.listen(port, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => front.close(resolve));
    await new Promise((resolve) => upstream.close(resolve));
    await new Promise((resolve) => receiver.close(resolve));
  });

  it("counts stored and rendered reads alike and sends only paths and numbers, with the secret", async () => {
    const counter = countReads(front, {
      url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/internal/reads`,
      token: "secret-1",
      intervalMs: 60_000,
    });
    const first = await fetch(`${base}/vi/news/tin-a`, { headers: { "x-forwarded-for": "198.51.100.7" } });
    await first.text();
    const second = await fetch(`${base}/vi/news/tin-a`);
    await second.text();
    expect(second.headers.get("x-portal-cache")).toBe("HIT");
    expect(renders).toBe(1); // Next.js saw one read of two
    await (await fetch(`${base}/vi/news/khong-co`)).text();
    await fetch(`${base}/vi/news/tin-a`, { method: "HEAD" });
    await new Promise((resolve) => setTimeout(resolve, 50)); // the last `finish` events
    await counter.close();
    expect(received).toHaveLength(1);
    expect(received[0]!.token).toBe("secret-1");
    expect(JSON.parse(received[0]!.body)).toEqual({ counts: { "/vi/news/tin-a": 2 } });
    expect(received[0]!.body).not.toContain("198.51.100.7");
  });
});
