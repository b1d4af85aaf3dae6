import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bannerPageKeys, noticePageKeys } from "@/lib/notices/page-keys";
import { startFrontServer } from "./helpers";

/**
 * Every reader's copy of a page from one render, against the real front server: a stand-in for
 * Next renders each page as the portal's layouts do — `data-text-size` never (the front server
 * does not pass that cookie on), and the notice banner of the reader's commune between its two
 * markers, naming its keys (components/notices/notice-banner.tsx). The banner differs by commune
 * only when there is a notice in force: a commune's own, or a province-wide one (its heading
 * then names the commune, as the real banner's does).
 */
const COMMUNES: Record<string, string> = { "xa-a": "cA", "xa-b": "cB" };
/** Communes with a notice in force. */
const loud = new Set<string>();
let provinceWide = false;
let bannerValidUntil: string | null = null;
/** What the stand-in rendered: `<path> <commune cookie or "">`. */
const renders: string[] = [];
/** The Cookie headers Next received. */
const cookies: string[] = [];

let front: Awaited<ReturnType<typeof startFrontServer>>;

function banner(slug: string, communeId: string | null) {
  const own = communeId && loud.has(communeId) ? `<li>Cảnh báo cho ${slug}</li>` : "";
  const province = provinceWide ? "<li>Lũ toàn tỉnh</li>" : "";
  if (!own && !province) return "";
  return `<section><h2>${communeId ? `Thông báo cho ${slug}` : "Thông báo toàn tỉnh"}</h2><ul>${own}${province}</ul></section>`;
}

/** The page at `url` for readers of `slug`, as Next renders it now (its portal-keys meta included). */
function pageFor(url: string, slug: string) {
  const communeId = COMMUNES[slug] ?? null;
  const keys = bannerPageKeys(communeId).join(" ");
  const until = bannerValidUntil ? ` data-valid-until="${bannerValidUntil}"` : "";
  return (
    `<!DOCTYPE html><html lang="vi"><head><title>T</title><meta name="description" content="D"/>` +
    `<link rel="canonical" href="http://localhost/x"/><meta name="portal-keys" content="${keys}"/></head>` +
    `<body><header>Cổng</header><template data-portal-banner="${keys}"${until}></template>${banner(slug, communeId)}` +
    `<template data-portal-banner-end=""></template><main><h1>${url}</h1></main></body></html>`
  );
}

/** What a reader gets: the page without the metadata the front server reads and removes. */
const served = (url: string, slug: string) => pageFor(url, slug).replace(/<meta name="portal-keys" content="[^"]*"\/>/, "");

beforeAll(async () => {
  front = await startFrontServer((req, res) => {
    cookies.push(req.headers.cookie ?? "");
    const slug = /portal_commune=([^;]+)/.exec(req.headers.cookie ?? "")?.[1] ?? "";
    renders.push(`${req.url} ${slug}`);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(pageFor(req.url ?? "/", slug));
  });
});
afterAll(() => front.close());
beforeEach(async () => {
  await front.purge();
  loud.clear();
  provinceWide = false;
  bannerValidUntil = null;
  renders.length = 0;
  cookies.length = 0;
});

async function get(path: string, commune = "", size = "") {
  const cookie = [commune && `portal_commune=${commune}`, size && `portal_text_size=${size}`].filter(Boolean).join("; ");
  const response = await fetch(`${front.base}${path}`, { headers: cookie ? { cookie } : {} });
  return { cache: response.headers.get("x-portal-cache"), keys: response.headers.get("surrogate-key") ?? "", body: await response.text() };
}

const purge = (keys: string[]) => front.purge(keys);

describe("a commune's readers get the shared copy with their banner: one render of a page for all", () => {
  it("a commune with no notice in force: its readers get the very copy of readers who chose none", async () => {
    await get("/vi/news/tin-a", "xa-a"); // rendered for xa-a: its banner is now known (empty)
    expect((await get("/vi/forum", "xa-a")).cache).toBe("MISS"); // the shared copy, rendered for everyone
    expect((await get("/vi/forum")).cache).toBe("HIT");
    // A cache in front keeps it as xa-a's readers' copy: it names their banner, for the purge.
    expect((await get("/vi/forum", "xa-a")).keys.split(" ")).toEqual(expect.arrayContaining(["banner", "banner:cA"]));
    expect((await get("/vi/forum")).keys.split(" ")).not.toContain("banner:cA");
    expect((await get("/vi/forum", "xa-b")).cache).toBe("MISS"); // xa-b's banner not known yet: rendered for xa-b
    expect((await get("/vi/library", "xa-b")).cache).toBe("MISS");
    expect((await get("/vi/library")).cache).toBe("HIT");
    expect((await get("/vi/library", "xa-a")).cache).toBe("HIT");
    expect(renders).toEqual(["/vi/news/tin-a xa-a", "/vi/forum ", "/vi/forum xa-b", "/vi/library "]);
  });

  it("a commune with a notice: the shared copy with that commune's banner put in, no render of its own", async () => {
    loud.add("cA");
    await get("/vi/news/tin-a", "xa-a");
    const page = await get("/vi/forum", "xa-a");
    expect(page.cache).toBe("DERIVED");
    expect(page.body).toContain("<li>Cảnh báo cho xa-a</li>");
    expect(page.body).toContain("<h1>/vi/forum</h1>");
    expect(page.keys.split(" ")).toEqual(expect.arrayContaining(["banner", "banner:cA", "forum"]));
    expect((await get("/vi/forum", "xa-a")).cache).toBe("HIT");
    // Readers who chose none keep theirs, without the commune's notice.
    const plain = await get("/vi/forum");
    expect(plain.cache).toBe("HIT");
    expect(plain.body).not.toContain("Cảnh báo");
    expect(renders).toEqual(["/vi/news/tin-a xa-a", "/vi/forum "]);
  });

  it("a province-wide notice: each commune's banner names the commune, and is put into the one copy", async () => {
    provinceWide = true;
    await get("/vi/news/tin-a", "xa-a");
    await get("/vi/news/tin-a", "xa-b");
    const a = await get("/vi/library", "xa-a");
    const b = await get("/vi/library", "xa-b");
    expect(a.body).toContain("<h2>Thông báo cho xa-a</h2>");
    expect(b.body).toContain("<h2>Thông báo cho xa-b</h2>");
    expect((await get("/vi/library")).body).toContain("<h2>Thông báo toàn tỉnh</h2>");
    expect(renders.filter((line) => line.startsWith("/vi/library"))).toEqual(["/vi/library "]);
  });

  it("with a text size too: the commune's copy with the size on <html>, still from the one render", async () => {
    loud.add("cA");
    await get("/vi/news/tin-a", "xa-a");
    const page = await get("/vi/forum", "xa-a", "2");
    expect(page.cache).toBe("DERIVED");
    expect(page.body).toMatch(/^<!DOCTYPE html><html lang="vi" data-text-size="2">/);
    expect(page.body).toContain("<li>Cảnh báo cho xa-a</li>");
    expect(renders).toEqual(["/vi/news/tin-a xa-a", "/vi/forum "]);
    // The text size never reaches Next; the commune only when a page is rendered for it.
    expect(cookies).toEqual(["portal_commune=xa-a", ""]);
  });

  it("the notices list reads the choice itself: still rendered for each commune", async () => {
    await get("/vi/news/tin-a", "xa-a");
    await get("/vi/notices", "xa-a");
    await get("/vi/notices");
    expect(renders).toEqual(["/vi/news/tin-a xa-a", "/vi/notices xa-a", "/vi/notices "]);
  });
});

describe("a commune's banner is forgotten with what it shows", () => {
  it("a notice for the commune: its banner and every copy made with it go, the next page is rendered for it", async () => {
    await get("/vi/news/tin-a", "xa-a");
    await get("/vi/forum", "xa-a");
    await get("/vi/forum", "xa-a", "1");
    loud.add("cA");
    expect((await purge(noticePageKeys("n1", { provinceWide: false, communeIds: ["cA"] }))).status).toBe(204);
    const page = await get("/vi/forum", "xa-a", "1");
    expect(page.body).toContain("Cảnh báo cho xa-a");
    expect(page.body).toMatch(/data-text-size="1"/);
    expect(renders.at(-1)).toBe("/vi/forum xa-a");
    // Readers who chose none, and another commune's, still share the stored copy.
    expect((await get("/vi/forum")).cache).toBe("HIT");
  });

  it("a province-wide notice (`banner`) forgets every commune's banner", async () => {
    await get("/vi/news/tin-a", "xa-a");
    await purge(["banner"]);
    renders.length = 0;
    await get("/vi/forum", "xa-a");
    expect(renders).toEqual(["/vi/forum xa-a"]);
  });

  it("the first notice of a banner to expire ends it then, without a purge", async () => {
    loud.add("cA");
    bannerValidUntil = new Date(Date.now() + 300).toISOString();
    await get("/vi/news/tin-a", "xa-a");
    expect((await get("/vi/forum", "xa-a")).cache).toBe("DERIVED");
    await new Promise((resolve) => setTimeout(resolve, 400));
    bannerValidUntil = null;
    loud.clear();
    renders.length = 0;
    const page = await get("/vi/forum", "xa-a");
    expect(page.body).not.toContain("Cảnh báo");
    expect(renders).toEqual(["/vi/forum xa-a"]);
  });

  it("a province-wide notice changes only banners: stored pages get the new one put in, one render per language and commune", async () => {
    for (const path of ["/vi/forum", "/vi/library", "/vi/news/tin-a"]) await get(path);
    await get("/vi/contact", "xa-a"); // learns xa-a's banner
    await get("/vi/forum", "xa-a");
    provinceWide = true;
    await purge(noticePageKeys("n5", { provinceWide: true, communeIds: [] }));
    renders.length = 0;
    // The first page asked for after it is rendered (the new banner is not known yet)…
    expect((await get("/vi/forum")).body).toBe(served("/vi/forum", ""));
    // …and every other stored page gets that banner put in, exactly as Next would render it now.
    const library = await get("/vi/library");
    expect(library.cache).toBe("DERIVED");
    expect(library.body).toBe(served("/vi/library", ""));
    expect(library.body).toContain("<li>Lũ toàn tỉnh</li>");
    expect((await get("/vi/library")).cache).toBe("HIT");
    // A commune's readers: one render teaches their new banner, then copies again.
    expect((await get("/vi/forum", "xa-a")).cache).toBe("MISS");
    const article = await get("/vi/news/tin-a", "xa-a");
    expect(article.cache).toBe("DERIVED");
    expect(article.body).toBe(served("/vi/news/tin-a", "xa-a"));
    expect(renders).toEqual(["/vi/forum ", "/vi/forum xa-a"]);
  });

  it("a change to a page's own content still renders it, even when it also names a banner", async () => {
    await get("/vi/communes/xa-a");
    provinceWide = true;
    // A province-wide notice names every commune's page: those show it in their own content too.
    await purge(noticePageKeys("n6", { provinceWide: true, communeIds: [] }));
    await get("/vi/forum"); // learns the new banner
    renders.length = 0;
    await get("/vi/communes/xa-a");
    expect(renders).toEqual(["/vi/communes/xa-a "]);
  });
});
