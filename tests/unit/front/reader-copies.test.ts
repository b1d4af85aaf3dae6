import { describe, expect, it } from "vitest";
import { readerStub } from "./reader-stub";

/** Every reader's copy of a page from one render, against the real front server (see readerStub). */
const { state, renders, cookies, get, purge } = readerStub();

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
    state.loud.add("cA");
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
    state.provinceWide = true;
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
    state.loud.add("cA");
    await get("/vi/news/tin-a", "xa-a");
    const page = await get("/vi/forum", "xa-a", "2");
    expect(page.cache).toBe("DERIVED");
    expect(page.body).toMatch(/^<!DOCTYPE html><html lang="vi" data-text-size="2">/);
    expect(page.body).toContain("<li>Cảnh báo cho xa-a</li>");
    expect(renders).toEqual(["/vi/news/tin-a xa-a", "/vi/forum "]);
    // The text size never reaches Next; the commune only when a page is rendered for it.
    expect(cookies).toEqual(["portal_commune=xa-a", ""]);
  });

  it("a page Next.js stores for every reader: each reader's copy with their banner, learnt from the home page", async () => {
    state.loud.add("cA");
    const page = await get("/vi/news/stored-b", "xa-a", "2");
    expect(page.body).toContain("<li>Cảnh báo cho xa-a</li>");
    expect(page.body).toContain("<h1>/vi/news/stored-b</h1>");
    expect(page.body).toMatch(/^<!DOCTYPE html><html lang="vi" data-text-size="2">/);
    expect(page.keys.split(" ")).toEqual(expect.arrayContaining(["banner", "banner:cA"]));
    expect((await get("/vi/news/stored-b", "xa-a", "2")).cache).toBe("HIT");
    // Readers who chose none: their banner (none in force), still named for the purge.
    const plain = await get("/vi/news/stored-b");
    expect(plain.body).not.toContain("Cảnh báo");
    expect(plain.keys.split(" ")).toContain("banner");
    expect((await get("/vi/news/stored-b")).cache).toBe("HIT");
    // A province-wide notice changes the copies; the page Next.js stores has no banner to change.
    state.provinceWide = true;
    await purge(["banner"]);
    expect((await get("/vi/news/stored-b")).body).toContain("<li>Lũ toàn tỉnh</li>");
    expect((await get("/vi/news/stored-b", "xa-a")).body).toContain("<li>Cảnh báo cho xa-a</li>");
    const learnt = ["/vi/news/stored-b (stored)", "/vi xa-a", "/vi/news/stored-b (stored)", "/vi "];
    expect(renders).toEqual([...learnt, ...learnt.slice(2), ...learnt.slice(0, 2)]);
  });

  it("after a banner purge, a commune's readers of many pages at once: one home page rendered for each banner, not one per page", async () => {
    state.provinceWide = true;
    state.renderMs = 20;
    const pages = Array.from({ length: 12 }, (_, i) => `/vi/news/stored-${i}`);
    for (const path of pages) await get(path, "xa-a");
    await purge(["banner"]);
    renders.length = 0;
    // Let go together once xa-a's banner is learnt, each needs the copy of readers who chose none.
    const bodies = await Promise.all(pages.map((path) => get(path, "xa-a").then((page) => page.body)));
    for (const body of bodies) expect(body).toContain("<h2>Thông báo cho xa-a</h2>");
    expect(renders.filter((line) => line.startsWith("/vi ")).sort()).toEqual(["/vi ", "/vi xa-a"]);
  });

  it("the notices list reads the choice itself: still rendered for each commune", async () => {
    await get("/vi/news/tin-a", "xa-a");
    await get("/vi/notices", "xa-a");
    await get("/vi/notices");
    expect(renders).toEqual(["/vi/news/tin-a xa-a", "/vi/notices xa-a", "/vi/notices "]);
  });
});
