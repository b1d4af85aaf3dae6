import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { noticePageKeys } from "@/lib/notices/page-keys";
import { rawRequest } from "./helpers";
import { readerStub } from "./reader-stub";

/**
 * A commune's banner, and the copies made with it, against the real front server (see
 * readerStub): forgotten with what it shows; a purge that changes only banners keeps the pages;
 * readers asking at once wait for the one render that learns a banner; copies are compressed when
 * first asked for.
 */
const { state, renders, get, served, purge, base } = readerStub();

describe("a commune's banner is forgotten with what it shows", () => {
  it("a notice for the commune: its banner and every copy made with it go, the next page is rendered for it", async () => {
    await get("/vi/news/tin-a", "xa-a");
    await get("/vi/forum", "xa-a");
    await get("/vi/forum", "xa-a", "1");
    state.loud.add("cA");
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
    state.loud.add("cA");
    state.bannerValidUntil = new Date(Date.now() + 300).toISOString();
    await get("/vi/news/tin-a", "xa-a");
    expect((await get("/vi/forum", "xa-a")).cache).toBe("DERIVED");
    await new Promise((resolve) => setTimeout(resolve, 400));
    state.bannerValidUntil = null;
    state.loud.clear();
    renders.length = 0;
    const page = await get("/vi/forum", "xa-a");
    expect(page.body).not.toContain("Cảnh báo");
    expect(renders).toEqual(["/vi/forum xa-a"]);
  });

  it("a province-wide notice changes only banners: stored pages get the new one put in, one render per language and commune", async () => {
    for (const path of ["/vi/forum", "/vi/library", "/vi/news/tin-a"]) await get(path);
    await get("/vi/contact", "xa-a"); // learns xa-a's banner
    await get("/vi/forum", "xa-a");
    state.provinceWide = true;
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
    state.provinceWide = true;
    // A province-wide notice names every commune's page: those show it in their own content too.
    await purge(noticePageKeys("n6", { provinceWide: true, communeIds: [] }));
    await get("/vi/forum"); // learns the new banner
    renders.length = 0;
    await get("/vi/communes/xa-a");
    expect(renders).toEqual(["/vi/communes/xa-a "]);
  });

  it("readers asking at once while a banner is being learnt wait for that one render", async () => {
    const pages = ["/vi/forum", "/vi/library", "/vi/news/tin-a", "/vi/news/tin-b", "/vi/products", "/vi/contact"];
    for (const path of pages) await get(path);
    state.provinceWide = true;
    await purge(["banner"]);
    renders.length = 0;
    state.renderMs = 100;
    // Everyone who chose no commune, on six pages at once; then a commune's readers, the same.
    const plain = await Promise.all(pages.map((path) => get(path)));
    expect(renders).toHaveLength(1);
    expect(plain.every((page) => page.body.includes("<li>Lũ toàn tỉnh</li>"))).toBe(true);
    const communes = await Promise.all(pages.map((path) => get(path, "xa-b")));
    expect(renders).toHaveLength(2);
    expect(communes.every((page) => page.body.includes("<h2>Thông báo cho xa-b</h2>"))).toBe(true);
    expect(communes.map((page) => page.body)).toEqual(pages.map((path) => served(path, "xa-b")));
  });

  it("a copy is compressed in each encoding when first asked for in it, and is the same page in all", async () => {
    state.loud.add("cA");
    await get("/vi/news/tin-a", "xa-a");
    await get("/vi/forum");
    const inEncoding = async (encoding: string) => {
      const response = await rawRequest(Number(new URL(base()).port), "/vi/forum", {
        headers: { cookie: "portal_commune=xa-a; portal_text_size=1", "accept-encoding": encoding },
      });
      expect(response.headers["content-encoding"]).toBe(encoding === "identity" ? undefined : encoding);
      const body =
        encoding === "gzip" ? zlib.gunzipSync(response.body) : encoding === "br" ? zlib.brotliDecompressSync(response.body) : response.body;
      return { state: String(response.headers["x-portal-cache"]), body: body.toString("utf8") };
    };
    const gz = await inEncoding("gzip");
    const br = await inEncoding("br");
    const plain = await inEncoding("identity");
    expect([gz.state, br.state, plain.state]).toEqual(["DERIVED", "HIT", "HIT"]);
    expect(gz.body).toContain("<li>Cảnh báo cho xa-a</li>");
    expect(br.body).toBe(gz.body);
    expect(plain.body).toBe(gz.body);
  });
});
