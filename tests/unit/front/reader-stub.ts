import { afterAll, beforeAll, beforeEach } from "vitest";
import { bannerPageKeys } from "@/lib/notices/page-keys";
import { startFrontServer } from "./helpers";

/**
 * A stand-in for Next that renders each public page as the portal's layouts do, behind the real
 * front server: `data-text-size` never (the front server does not pass that cookie on), and the
 * notice banner of the reader's commune between its two markers, naming its keys
 * (components/notices/notice-banner.tsx). The banner differs by commune only when there is a
 * notice in force: a commune's own, or a province-wide one (its heading then names the commune,
 * as the real banner's does). A path with `/stored-` in it is a page Next.js stores for every
 * reader (app/(stored)): the same whatever the cookie, its banner's place marked and left empty
 * for the front server (BannerToFill). Registers its own setup and teardown in the calling test file.
 */
export function readerStub() {
  const COMMUNES: Record<string, string> = { "xa-a": "cA", "xa-b": "cB" };
  const state = {
    /** Communes with a notice in force. */
    loud: new Set<string>(),
    provinceWide: false,
    bannerValidUntil: null as string | null,
    /** How long the stand-in takes to render a page. */
    renderMs: 0,
  };
  /** What the stand-in rendered: `<path> <commune cookie or "">` (`<path> (stored)` for a stored page). */
  const renders: string[] = [];
  /** The Cookie headers Next received. */
  const cookies: string[] = [];
  let front: Awaited<ReturnType<typeof startFrontServer>>;

  function banner(slug: string, communeId: string | null) {
    const own = communeId && state.loud.has(communeId) ? `<li>Cảnh báo cho ${slug}</li>` : "";
    const province = state.provinceWide ? "<li>Lũ toàn tỉnh</li>" : "";
    if (!own && !province) return "";
    return `<section><h2>${communeId ? `Thông báo cho ${slug}` : "Thông báo toàn tỉnh"}</h2><ul>${own}${province}</ul></section>`;
  }

  /** The page at `url` for readers of `slug`, as Next renders it now (its portal-keys meta included). */
  function pageFor(url: string, slug: string) {
    const communeId = COMMUNES[slug] ?? null;
    const stored = url.includes("/stored-");
    const keys = stored ? "" : bannerPageKeys(communeId).join(" ");
    const until = state.bannerValidUntil ? ` data-valid-until="${state.bannerValidUntil}"` : "";
    return (
      `<!DOCTYPE html><html lang="vi"><head><title>T</title><meta name="description" content="D"/>` +
      `<link rel="canonical" href="http://localhost/x"/><meta name="portal-keys" content="${keys}"/></head>` +
      `<body><header>Cổng</header><template data-portal-banner="${keys}"${stored ? "" : until}></template>${stored ? "" : banner(slug, communeId)}` +
      `<template data-portal-banner-end=""></template><main><h1>${url}</h1></main></body></html>`
    );
  }

  beforeAll(async () => {
    front = await startFrontServer((req, res) => {
      cookies.push(req.headers.cookie ?? "");
      const stored = req.url?.includes("/stored-");
      const slug = /portal_commune=([^;]+)/.exec(req.headers.cookie ?? "")?.[1] ?? "";
      renders.push(`${req.url} ${stored ? "(stored)" : slug}`);
      const page = pageFor(req.url ?? "/", slug);
      setTimeout(() => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page), state.renderMs);
    });
  });
  afterAll(() => front.close());
  beforeEach(async () => {
    await front.purge();
    state.loud.clear();
    state.provinceWide = false;
    state.bannerValidUntil = null;
    state.renderMs = 0;
    renders.length = 0;
    cookies.length = 0;
  });

  return {
    state,
    renders,
    cookies,
    base: () => front.base,
    purge: (keys: string[]) => front.purge(keys),
    /** What a reader gets: the page without the metadata the front server reads and removes. */
    served: (url: string, slug: string) => pageFor(url, slug).replace(/<meta name="portal-keys" content="[^"]*"\/>/, ""),
    async get(path: string, commune = "", size = "") {
      const cookie = [commune && `portal_commune=${commune}`, size && `portal_text_size=${size}`].filter(Boolean).join("; ");
      const response = await fetch(`${front.base}${path}`, { headers: cookie ? { cookie } : {} });
      return {
        cache: response.headers.get("x-portal-cache"),
        keys: response.headers.get("surrogate-key") ?? "",
        body: await response.text(),
      };
    },
  };
}
