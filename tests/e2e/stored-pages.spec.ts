import http from "node:http";
import { expect, test } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

/**
 * A page as Next.js renders it for one reader: asked for a host the front server stores nothing
 * for (it renders it, kept nowhere: `x-portal-cache: BYPASS`). `fetch` cannot set Host.
 */
function renderedFor(path: string, cookie: string): Promise<{ cache: string; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port: PORT, path, headers: { host: "render.invalid", cookie } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ cache: String(response.headers["x-portal-cache"]), body: Buffer.concat(chunks).toString("utf8") }),
        );
      })
      .on("error", reject);
  });
}

/**
 * Under concurrent load Next.js streams metadata after the body for agents it does not take for
 * bots. The portal asks for blocking metadata for every agent, and the front server refuses to
 * store a page whose head lacks title, description or canonical: every page it serves from the
 * store is whole, for readers, crawlers and link previews alike.
 */
const SECTIONS = [
  "",
  "/news",
  "/law",
  "/notices",
  "/forum",
  "/products",
  "/library",
  "/communes",
  "/data",
  "/search?q=ch%C3%ADnh+s%C3%A1ch",
];

/** Where two pages first differ, with some context; null when they are the same. */
function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return `at ${at}: …${a.slice(Math.max(0, at - 120), at + 120)}… ≠ …${b.slice(Math.max(0, at - 120), at + 120)}…`;
}

function head(html: string) {
  return html.slice(0, html.search(/<\/head>/i));
}

/** The same check as the front server's (scripts/lib/front-server.mjs, headIsComplete). */
function headIsComplete(html: string) {
  const h = head(html);
  return (
    /<title>[^<]+<\/title>/.test(h) &&
    /<meta\s[^>]*name="description"[^>]*content="[^"]+"/.test(h) &&
    /<link\s[^>]*rel="canonical"[^>]*href="[^"]+"/.test(h)
  );
}

test.describe("stored pages", () => {
  test("pages stored under concurrent load all have title, description and canonical in <head>", async ({ request }) => {
    test.setTimeout(240_000);
    // The pages: every section in two languages, then what the lists link to.
    const paths = new Set<string>();
    for (const locale of ["vi", "en"]) for (const section of SECTIONS) paths.add(`/${locale}${section}`);
    for (const list of ["/vi/news", "/vi/law", "/vi/forum", "/vi/products", "/vi/communes", "/en/news"]) {
      const html = await (await request.get(list)).text();
      for (const match of html.matchAll(/href="(\/(?:vi|en)\/(?:news|law|forum|products|communes|library)\/[^"?#.]+)"/g))
        paths.add(match[1]!);
    }
    const list = [...paths].slice(0, 40);
    expect(list.length).toBeGreaterThan(25);

    // Six readers at once on every page, twice over: the first wave renders and stores, the
    // second is served from the store.
    const checked = { stored: 0, total: 0 };
    for (let wave = 0; wave < 2; wave++) {
      const responses = await Promise.all(
        list.flatMap((path) => Array.from({ length: 6 }, () => request.get(path).then(async (r) => ({ path, r, html: await r.text() })))),
      );
      for (const { path, r, html } of responses) {
        checked.total++;
        const state = r.headers()["x-portal-cache"];
        if (r.status() !== 200) continue;
        if (state === "HIT" || state === "STALE" || wave === 1) {
          checked.stored += state === "HIT" || state === "STALE" ? 1 : 0;
          const h = head(html);
          expect(headIsComplete(html), `${path} (${state}) head: ${h.slice(0, 300)}`).toBe(true);
          expect(h, path).toMatch(/<link rel="canonical" href="http:\/\/[^"]+\/(vi|en)/);
        }
      }
    }
    expect(checked.stored).toBeGreaterThan(list.length * 3);
  });

  test("public pages name what they show (Surrogate-Key), so a change purges only them", async ({ request }) => {
    const keysOf = async (path: string, cookie?: string) => {
      const response = await request.get(path, { headers: cookie ? { cookie } : {} });
      expect(response.status(), path).toBe(200);
      return { keys: (response.headers()["surrogate-key"] ?? "").split(" "), html: await response.text() };
    };
    const firstLink = async (list: string, pattern: RegExp) => {
      const match = pattern.exec((await keysOf(list)).html);
      expect(match, `a link on ${list}`).not.toBeNull();
      return match![1]!;
    };
    // A commune's page names the commune; with that commune chosen, every page names its banner.
    const commune = await keysOf("/vi/communes/minh-dan");
    const communeKey = commune.keys.find((key) => key.startsWith("commune:"));
    expect(communeKey).toBeTruthy();
    const bannerKey = communeKey!.replace("commune:", "banner:");
    for (const path of ["/vi", "/vi/news", "/en/products"]) {
      expect((await keysOf(path, "portal_commune=minh-dan")).keys, path).toEqual(expect.arrayContaining(["banner", bannerKey]));
      expect(
        (await keysOf(path)).keys.filter((key) => key.startsWith("banner:")),
        path,
      ).toEqual([]);
    }
    expect((await keysOf("/vi/products")).keys).toContain("section:products");
    // Each item's page names the item.
    const question = await firstLink("/vi/forum", /href="\/vi\/forum\/(\d+)"/);
    expect((await keysOf(`/en/forum/${question}`)).keys).toContain(`question:${question}`);
    const product = await firstLink("/vi/products", /href="(\/vi\/products\/[^"?#]+)"/);
    expect((await keysOf(product)).keys.some((key) => key.startsWith("product:"))).toBe(true);
    expect((await keysOf(product)).keys.some((key) => key.startsWith("producer:"))).toBe(true);
    const item = await firstLink("/vi/library", /href="(\/vi\/library\/[A-Za-z0-9]+)"/);
    expect((await keysOf(item)).keys.some((key) => key.startsWith("library:"))).toBe(true);
    // A notice in force, or one of the archive (the demo's may have expired).
    const noticeLink = /href="\/vi\/notices\/([A-Za-z0-9-]+)"/;
    const notice = noticeLink.exec((await keysOf("/vi/notices")).html)?.[1] ?? (await firstLink("/vi/notices?archive=1", noticeLink));
    expect((await keysOf(`/vi/notices/${notice}`)).keys).toContain(`notice:${notice}`);
    // An address of a section that shows nothing yet: a new item may fill it.
    const missing = await request.get("/vi/products/khong-co-san-pham-nay");
    expect(missing.status()).toBe(404);
    expect(missing.headers()["surrogate-key"]?.split(" ")).toContain("missing:products");
  });

  test("a commune's and a text size's copy is made from the one render, and is the page Next renders for that reader", async ({
    request,
  }) => {
    // The demo has a province-wide notice in force and a flash-flood warning for Minh Dân: both
    // communes' banners differ from the banner of readers who chose none.
    for (const [commune, path] of [
      ["minh-dan", "/vi/news"],
      ["minh-dan", "/en/products"],
      ["tan-trao", "/vi/communes/minh-dan"],
      ["tan-trao", "/vi/library"],
    ] as const) {
      const locale = path.split("/")[1];
      const cookie = `portal_commune=${commune}; portal_text_size=2`;
      // A copy stored by an earlier test may have gone stale (60 s): it is served once more while
      // it renders again; asked again until it is current, it is what Next renders now.
      const current = async (address: string, headers: Record<string, string> = {}) => {
        for (let i = 0; i < 50; i++) {
          const response = await request.get(address, { headers });
          if (response.headers()["x-portal-cache"] !== "STALE") return response;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        throw new Error(`${address}: still stale`);
      };
      // One page rendered for the commune's readers teaches the front server their banner.
      await current(`/${locale}/contact`, { cookie: `portal_commune=${commune}` });
      await current(path); // the copy of readers who chose none
      const made = await current(path, { cookie });
      expect(made.headers()["x-portal-cache"], `${commune} ${path}`).toMatch(/^(DERIVED|HIT)$/);
      const rendered = await renderedFor(path, cookie);
      expect(rendered.cache).toBe("BYPASS");
      const body = await made.text();
      expect(body, `${commune} ${path}`).toContain('data-text-size="2"');
      expect(firstDifference(body, rendered.body), `${commune} ${path}`).toBeNull();
    }
  });
});
