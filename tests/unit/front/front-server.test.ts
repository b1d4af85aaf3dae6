/* eslint-disable max-lines -- the front server's behaviours against one running instance and upstream */
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { PURGE_PATH, createFrontServer } from "@/scripts/lib/front-server.mjs";
import { headIsComplete, pageKeys, requestedStatus, stripFrameworkScripts, withoutPortalMeta } from "@/scripts/lib/page-html.mjs";
import { readerKey, readerOf } from "@/scripts/lib/page-variants.mjs";
import { createLogger } from "@/lib/log/index.mjs";
import { PURGE_TOKEN, freePort, rawRequest, startFrontServer } from "./helpers";

/** What the front server logged (its pino lines, parsed). */
const logLines: Record<string, unknown>[] = [];
const logger = createLogger("front", { level: "info", destination: { write: (line: string) => void logLines.push(JSON.parse(line)) } });

const PAGE = `<!DOCTYPE html><html lang="vi"><head><title>Tin</title><meta name="description" content="Chính sách mới"/><link rel="canonical" href="http://localhost/vi"/><link rel="stylesheet" href="/_next/static/a.css" nonce="n1"/>
<link rel="preload" as="script" fetchPriority="low" nonce="n1" href="/_next/static/chunks/x.js"/>
<script src="/_next/static/chunks/a.js" async="" nonce="n1"></script></head>
<body><h1>Tin chính sách</h1><script nonce="n1">self.__next_f.push([1,"payload"])</script>
<script type="application/ld+json">{"@type":"Product"}</script><script src="/js/share.js" defer></script></body></html>`;

describe("withoutPortalMeta", () => {
  it("removes what a page tells the front server, and nothing else", () => {
    const html =
      '<head><meta name="portal-keys" content="banner article:a1"/><meta name="portal-valid-until" content="2026-12-09T04:11:00.000Z"/>' +
      '<meta name="portal-status" content="410"/><meta name="description" content="D"/></head><body><template data-portal-banner="banner"></template></body>';
    expect(withoutPortalMeta(html)).toBe(
      '<head><meta name="description" content="D"/></head><body><template data-portal-banner="banner"></template></body>',
    );
  });
});

describe("stripFrameworkScripts", () => {
  it("removes the framework's scripts, preloads and nonces, keeps the portal's own and data", () => {
    const out = stripFrameworkScripts(PAGE);
    expect(out).not.toContain("/_next/static/chunks/a.js");
    expect(out).not.toContain("__next_f");
    expect(out).not.toContain('as="script"');
    expect(out).not.toContain("nonce=");
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/a.css"/>');
    expect(out).toContain('<script type="application/ld+json">{"@type":"Product"}</script>');
    expect(out).toContain('<script src="/js/share.js" defer></script>');
    expect(out).toContain("<h1>Tin chính sách</h1>");
  });
});

describe("requestedStatus", () => {
  it("lets a page ask for 410 Gone or 429 Too Many Requests, and nothing else", () => {
    expect(requestedStatus('<head><meta name="portal-status" content="410"/></head>')).toBe(410);
    expect(requestedStatus('<meta name="portal-status" content="429"/>')).toBe(429);
    expect(requestedStatus('<meta name="portal-status" content="302"/>')).toBeNull();
    expect(requestedStatus("<h1>Tin</h1>")).toBeNull();
  });
});

describe("headIsComplete", () => {
  it("asks for title, description and canonical in the head of a page, a title in a 404's", () => {
    const full =
      '<html><head><title>A</title><meta name="description" content="B"/><link rel="canonical" href="http://x/vi"/></head><body></body></html>';
    expect(headIsComplete(full)).toBe(true);
    expect(headIsComplete(full.replace(/<link[^>]*>/, ""))).toBe(false);
    expect(headIsComplete(full.replace(/<meta[^>]*>/, ""))).toBe(false);
    expect(headIsComplete('<html><head></head><body><title>A</title><meta name="description" content="B"/></body></html>')).toBe(false);
    expect(headIsComplete("<html><head><title>Không tìm thấy</title></head></html>", 404)).toBe(true);
    expect(headIsComplete("<html><head></head><body><title>Không tìm thấy</title></body></html>", 404)).toBe(false);
  });
});

describe("pageKeys", () => {
  it("names what a page shows: from its address and from its head", () => {
    expect(pageKeys("/vi", "")).toEqual(["home", "locale:vi"]);
    expect(pageKeys("/en/news?page=2", "")).toEqual(["section:news", "locale:en"]);
    expect(pageKeys("/vi/news/tin-a", '<meta name="portal-keys" content="article:abc"/>')).toEqual(["article:abc", "locale:vi"]);
    expect(pageKeys("/vi/law/khong-co", "")).toEqual(["article-missing", "locale:vi"]);
    expect(pageKeys("/tyz/communes/minh-dan", "")).toEqual(["communes", "locale:tyz"]);
    expect(pageKeys("/vi/forum/12", "")).toEqual(["forum", "locale:vi"]);
    // A section's list, and an address of the section answered 404 (an item may fill it).
    expect(pageKeys("/vi/products?category=TEA", "")).toEqual(["products", "section:products", "locale:vi"]);
    expect(pageKeys("/en/library/l9", "", 404)).toEqual(["library", "missing:library", "locale:en"]);
  });
});

describe("readerOf", () => {
  it("keeps only what public pages depend on, as they read it, in one spelling", () => {
    const reader = readerOf("portal.session=secret; portal_commune=minh-dan; portal_text_size=2");
    expect(reader).toEqual({ commune: "minh-dan", size: 2 });
    expect(readerKey(reader.commune, reader.size)).toBe("portal_text_size=2; portal_commune=minh-dan");
    // Values the pages ignore are no reader kind of their own.
    expect(readerOf("portal_text_size=9; portal_commune=Minh Dân")).toEqual({ commune: "", size: 0 });
    expect(readerOf("portal_text_size=02")).toEqual({ commune: "", size: 2 });
    expect(readerOf(undefined)).toEqual({ commune: "", size: 0 });
    expect(readerKey("", 0)).toBe("");
  });
});

describe("front server", () => {
  let renders = 0;
  let lastUpstreamHeaders: http.IncomingHttpHeaders = {};
  let front: Awaited<ReturnType<typeof startFrontServer>>;
  let base = "";
  const token = PURGE_TOKEN;

  beforeAll(async () => {
    front = await startFrontServer(
      (req, res) => {
        lastUpstreamHeaders = req.headers;
        if (req.method === "POST") {
          req.resume();
          req.on("end", () => {
            if (req.url === "/vi/forum/ask") res.writeHead(200, { "content-type": "text/html" }).end(PAGE);
            else if (req.url === "/vi/forum/ask-down" || req.url === "/en/forum/ask-down")
              res.writeHead(500, { "content-type": "text/plain" }).end("Internal Server Error");
            else res.writeHead(303, { location: "/vi" }).end();
          });
        } else if (req.url === "/vi/missing" || req.url === "/en/boom") {
          res.writeHead(req.url === "/vi/missing" ? 404 : 500, { "content-type": "text/html" });
          res.end('<!DOCTYPE html><html id="__next_error__"><head></head><body><script>x()</script></body></html>');
        } else if (req.url === "/vi/__not-found__") {
          res
            .writeHead(404, { "content-type": "text/html" })
            .end(`<html lang="vi"><body><h1>Không tìm thấy trang</h1><p>${req.headers.cookie ?? ""}</p></body></html>`);
        } else if (req.url === "/vi/streamed-metadata") {
          // Metadata streamed after the body, as Next.js does for agents it does not take for bots.
          renders++;
          res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
          res.end(
            '<!DOCTYPE html><html><head></head><body><h1>Tin</h1><div hidden><title>Tin</title><meta name="description" content="D"/></div></body></html>',
          );
        } else if (req.url?.startsWith("/vi")) {
          renders++;
          const body = PAGE.replace("Tin chính sách", `Tin ${renders} ${req.headers.cookie ?? ""}`);
          res.writeHead(200, {
            "content-type": "text/html; charset=utf-8",
            "x-frame-options": "DENY",
            "content-security-policy": "script-src 'nonce-n1'",
          });
          res.end(body);
        } else if (req.url === "/admin") {
          res.writeHead(200, { "content-type": "text/html", "set-cookie": "a=b" });
          res.end("<script>admin()</script>");
        } else {
          res.writeHead(404).end();
        }
      },
      { logger },
    );
    base = front.base;
  });
  afterAll(() => front.close());

  beforeEach(async () => {
    await fetch(base + PURGE_PATH, { method: "POST", headers: { "x-purge-token": token } });
    renders = 0;
  });

  it("serves a public page without framework scripts, with a strict CSP, then from memory", async () => {
    const first = await fetch(`${base}/vi/news`);
    expect(first.headers.get("x-portal-cache")).toBe("MISS");
    expect(first.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(first.headers.get("content-security-policy")).not.toContain("nonce");
    expect(first.headers.get("x-frame-options")).toBe("DENY");
    const html = await first.text();
    expect(html).not.toContain("__next_f");
    const second = await fetch(`${base}/vi/news`);
    expect(second.headers.get("x-portal-cache")).toBe("HIT");
    expect(await second.text()).toBe(html);
    expect(renders).toBe(1);
  });

  it("purges only the pages carrying the keys a change names", async () => {
    const purgeKeys = (keys: string[]) =>
      fetch(base + PURGE_PATH, {
        method: "POST",
        headers: { "x-purge-token": token, "content-type": "application/json" },
        body: JSON.stringify({ keys }),
      });
    for (const path of ["/vi", "/vi/news", "/vi/forum", "/vi/news/a-slug"]) await fetch(`${base}${path}`);
    expect(renders).toBe(4);
    await purgeKeys(["section:news", "home"]);
    const states = async () =>
      Object.fromEntries(
        await Promise.all(
          ["/vi", "/vi/news", "/vi/forum", "/vi/news/a-slug"].map(async (path) => [
            path,
            (await fetch(`${base}${path}`)).headers.get("x-portal-cache"),
          ]),
        ),
      );
    expect(await states()).toEqual({ "/vi": "MISS", "/vi/news": "MISS", "/vi/forum": "HIT", "/vi/news/a-slug": "HIT" });
    // An article address whose page names no article: a new article may fill it.
    await purgeKeys(["article-missing"]);
    expect((await fetch(`${base}/vi/news/a-slug`)).headers.get("x-portal-cache")).toBe("MISS");
    expect((await fetch(`${base}/vi/forum`)).headers.get("x-portal-cache")).toBe("HIT");
  });

  it("serves a page whose metadata was streamed after the body, and never stores it", async () => {
    const first = await fetch(`${base}/vi/streamed-metadata`);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain("<h1>Tin</h1>");
    const second = await fetch(`${base}/vi/streamed-metadata`);
    expect(second.headers.get("x-portal-cache")).toBe("MISS");
    expect(renders).toBe(2);
  });

  it("renders once for many simultaneous readers", async () => {
    await Promise.all(Array.from({ length: 20 }, () => fetch(`${base}/vi/many`).then((r) => r.text())));
    expect(renders).toBe(1);
  });

  it("renders a page once for every text size: each reader's copy says its size on <html>", async () => {
    const size2 = await fetch(`${base}/vi/x`, { headers: { cookie: "portal.session=secret; portal_text_size=2" } });
    // Neither the session nor the text size reaches Next for a public page.
    expect(lastUpstreamHeaders.cookie).toBeUndefined();
    expect(size2.headers.get("x-portal-cache")).toBe("DERIVED");
    expect(await size2.text()).toMatch(/^<!DOCTYPE html><html lang="vi" data-text-size="2">/);
    const size1 = await fetch(`${base}/vi/x`, { headers: { cookie: "portal_text_size=1" } });
    expect(await size1.text()).toMatch(/^<!DOCTYPE html><html lang="vi" data-text-size="1">/);
    const again = await fetch(`${base}/vi/x`, { headers: { cookie: "portal.session=other; portal_text_size=2" } });
    expect(again.headers.get("x-portal-cache")).toBe("HIT");
    const plain = await fetch(`${base}/vi/x`);
    expect(plain.headers.get("x-portal-cache")).toBe("HIT");
    expect(await plain.text()).toMatch(/^<!DOCTYPE html><html lang="vi">/);
    expect(renders).toBe(1);
  });

  it("compresses, answers conditional requests and HEAD", async () => {
    const gz = await new Promise<http.IncomingMessage>((resolve) =>
      http.get(`${base}/vi/c`, { headers: { "accept-encoding": "gzip" } }, resolve),
    );
    expect(gz.headers["content-encoding"]).toBe("gzip");
    const chunks: Buffer[] = [];
    for await (const chunk of gz) chunks.push(chunk as Buffer);
    expect(zlib.gunzipSync(Buffer.concat(chunks)).toString()).toContain("<h1>Tin 1");
    const etag = gz.headers.etag!;
    const conditional = await fetch(`${base}/vi/c`, { headers: { "if-none-match": etag } });
    expect(conditional.status).toBe(304);
    const head = await fetch(`${base}/vi/c`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("empties on the portal's purge, and ignores a purge without the token", async () => {
    await fetch(`${base}/vi/p`);
    expect((await fetch(base + PURGE_PATH, { method: "POST", headers: { "x-purge-token": "wrong" } })).status).toBe(404);
    await fetch(`${base}/vi/p`);
    expect(renders).toBe(1);
    expect((await fetch(base + PURGE_PATH, { method: "POST", headers: { "x-purge-token": token } })).status).toBe(204);
    await fetch(`${base}/vi/p`);
    expect(renders).toBe(2);
  });

  it("purges one language's pages only when asked for that language", async () => {
    await fetch(`${base}/vi/one-language`);
    const before = renders;
    const purge = (locale: string) =>
      fetch(`${base}${PURGE_PATH}`, {
        method: "POST",
        headers: { "x-purge-token": token },
        body: JSON.stringify({ keys: [`locale:${locale}`] }),
      });
    expect((await purge("tyz")).status).toBe(204);
    await fetch(`${base}/vi/one-language`);
    expect(renders).toBe(before);
    expect((await purge("vi")).status).toBe(204);
    await fetch(`${base}/vi/one-language`);
    expect(renders).toBe(before + 1);
  });

  it("never keeps private pages; passes the back office through untouched", async () => {
    await fetch(`${base}/vi/forum/track/ABCD2345`);
    const tracked = await fetch(`${base}/vi/forum/track/ABCD2345`);
    expect(renders).toBe(2);
    // A tracking page is one reader's: no cache anywhere may keep it, no search engine index it.
    expect(tracked.headers.get("cache-control")).toBe("private, no-store");
    expect(tracked.headers.get("x-robots-tag")).toBe("noindex, nofollow");
    expect(await tracked.text()).not.toContain("__next_f");
    // A stored public page: a shared cache in front may keep it as long as this server does.
    const news = await fetch(`${base}/vi/news`);
    expect(news.headers.get("cache-control")).toBe("public, max-age=0, s-maxage=60, stale-while-revalidate=60");
    expect(news.headers.get("surrogate-key")).toBe("section:news locale:vi");
    const admin = await fetch(`${base}/admin`);
    expect(await admin.text()).toBe("<script>admin()</script>");
    expect(admin.headers.get("set-cookie")).toBe("a=b");
  });

  it("serves the real not-found page and a plain error page instead of empty shells", async () => {
    const missing = await fetch(`${base}/vi/missing`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("<h1>Không tìm thấy trang</h1>");
    // Asked for by a host the portal stores nothing for: rendered for this reader, not-found page included.
    const bypassed = await rawRequest(Number(new URL(base).port), "/vi/missing", {
      headers: { host: "render.example.invalid", cookie: "portal_text_size=2" },
    });
    expect(bypassed.status).toBe(404);
    expect(bypassed.headers["x-portal-cache"]).toBe("BYPASS");
    expect(bypassed.body.toString()).toContain("<p>portal_text_size=2</p>");
    const page = await rawRequest(Number(new URL(base).port), "/vi/news", {
      headers: { host: "render.example.invalid", cookie: "portal_text_size=2; portal_commune=minh-dan" },
    });
    expect(page.body.toString()).toContain("portal_text_size=2; portal_commune=minh-dan");
    const boom = await fetch(`${base}/en/boom`);
    expect(boom.status).toBe(500);
    const html = await boom.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("Something went wrong");
    expect(html).not.toContain("<script");
    // One structured line says which answer failed, with the id the reader's answer carries.
    const line = logLines.find((entry) => entry.path === "/en/boom");
    expect(line).toMatchObject({
      level: "error",
      component: "front",
      msg: "request failed",
      status: 500,
      reqId: boom.headers.get("x-request-id"),
    });
    expect(typeof line?.time).toBe("string");
    // A page served well is not logged at the default level.
    expect(logLines.some((entry) => entry.path === "/vi/missing")).toBe(false);
  });

  it("gives every request an id, in the answer and to Next.js; a client's own is not believed", async () => {
    const response = await fetch(`${base}/vi/request-id`, { headers: { "x-request-id": "forged" } });
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lastUpstreamHeaders["x-request-id"]).toBe(id);
  });

  it("does not believe a client's X-Forwarded-For", async () => {
    await fetch(`${base}/vi/ip`, { headers: { "x-forwarded-for": "1.2.3.4" } });
    expect(lastUpstreamHeaders["x-forwarded-for"]).toBe("127.0.0.1");
  });

  it("gives a form back, localized, when the portal cannot take it (nothing sent, typed text kept)", async () => {
    const form = new FormData();
    form.set("$ACTION_ID_abc", "");
    form.set("body", "Xin hỏi về chính sách hỗ trợ nhà ở <b>2026</b>");
    form.set("locale", "vi");
    const response = await fetch(`${base}/vi/forum/ask-down`, { method: "POST", body: form });
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain("Chưa gửi được");
    expect(html).toContain("Xin hỏi về chính sách hỗ trợ nhà ở &lt;b&gt;2026&lt;/b&gt;</textarea>");
    expect(html).toContain('<input type="hidden" name="$ACTION_ID_abc" value="">');
    expect(html).toContain('<form method="post" action="/vi/forum/ask-down" enctype="multipart/form-data">');
    expect(html).not.toContain("Internal Server Error");

    const english = await fetch(`${base}/en/forum/ask-down`, { method: "POST", body: new URLSearchParams({ body: "A question" }) });
    const text = await english.text();
    expect(text).toContain("Not sent");
    expect(text).toContain("nothing was sent");
    expect(text).toContain('enctype="application/x-www-form-urlencoded"');
  });

  it("passes form posts through and strips the page they return", async () => {
    const page = await fetch(`${base}/vi/forum/ask`, { method: "POST", body: "a=1" });
    expect(page.headers.get("x-portal-cache")).toBe("BYPASS");
    expect(await page.text()).not.toContain("__next_f");
    const redirect = await fetch(`${base}/preferences/text-size`, { method: "POST", body: "size=larger", redirect: "manual" });
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get("location")).toBe("/vi");
    expect(renders).toBe(0);
  });
});

describe("page store bounds", () => {
  it("stays within its bytes, keys included, over many distinct addresses", async () => {
    const upstream = http.createServer((req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(PAGE.replace("Tin chính sách", `Trang ${req.url}`));
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    const port = await freePort();
    const maxBytes = 20_000;
    const front = createFrontServer({
      upstreamPort: (upstream.address() as AddressInfo).port,
      maxBytes,
      publicUrl: `http://127.0.0.1:${port}`,
    });
    await new Promise<void>((resolve) => front.listen(port, "127.0.0.1", resolve));
    try {
      for (let i = 0; i < 60; i++) await fetch(`http://127.0.0.1:${port}/vi/search?q=${"x".repeat(200)}${i}`).then((r) => r.text());
      const stats = front.storeStats();
      expect(stats.bytes).toBeLessThanOrEqual(maxBytes);
      expect(stats.entries).toBeGreaterThan(0);
      expect(stats.entries).toBeLessThan(60);
    } finally {
      await new Promise((resolve) => front.close(resolve));
      await new Promise((resolve) => upstream.close(resolve));
    }
  });
});
